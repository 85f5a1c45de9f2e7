package cn.zeren.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API ({@code /api/v1}). Callers authenticate with a personal API token ({@code Authorization: Bearer
 * zrn_…}, obtained from {@code POST /api/v1/tokens} or the "API 令牌" page) and may choose the role they act in
 * with the {@code Zeren-Acting-Assignment} header. Every refusal is an RFC 9457 problem in Chinese. Payara
 * serves the OpenAPI document at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Zeren 责任 API",
            version = "1",
            description =
                "两个责任监督平台接口。除 POST /api/v1/tokens 外，每个请求都须携带 Authorization: Bearer <令牌>；"
                    + "可用请求头 Zeren-Acting-Assignment: <角色分配编号> 选择当前身份（默认第一个）。"
                    + "错误以 application/problem+json（RFC 9457）返回，detail 为中文说明。"),
    tags = {
      @Tag(name = "tokens", description = "API 令牌"),
      @Tag(name = "me", description = "当前用户"),
      @Tag(name = "organisations", description = "组织机构"),
      @Tag(name = "audit", description = "审计日志")
    })
@SecurityScheme(
    securitySchemeName = ZerenApi.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "zrn_…",
    description = "个人 API 令牌：POST /api/v1/tokens 或“API 令牌”页面创建")
public class ZerenApi extends Application {
  /** Name of the bearer-token security scheme in the OpenAPI document. */
  public static final String BEARER = "bearerToken";
  /** The media type of every error answer (RFC 9457). */
  public static final String PROBLEM_JSON = "application/problem+json";
  /** Header naming the role assignment an API call acts in. */
  public static final String ACTING_ASSIGNMENT = "Zeren-Acting-Assignment";

  /** The OpenAPI document describes the API; Jersey's own WADL would be a second, unmaintained description. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
