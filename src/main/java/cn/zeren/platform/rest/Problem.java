package cn.zeren.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer of the API (RFC 9457 "problem details"), always with a Chinese {@code detail}.
 *
 * @param type {@code urn:zeren:problem:<kebab-name>}, stable for clients to switch on
 * @param instance the path of the request that failed
 * @param ruleId the regulation article the refusal enforces (e.g. YW-10.1), when there is one
 * @param errors the offending fields, for validation failures and refusals that concern one field
 */
@Schema(name = "Problem", description = "RFC 9457 错误说明（application/problem+json）")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "ruleId", "errors"})
public record Problem(
    @Schema(example = "urn:zeren:problem:access-denied") String type,
    @Schema(example = "无权访问") String title,
    @Schema(example = "403") int status,
    @Schema(example = "当前身份无权执行此操作。") String detail,
    @Schema(example = "/api/v1/organisations/15") String instance,
    @Schema(description = "所依据的规定条款编号，如 YW-10.1") String ruleId,
    @Schema(type = SchemaType.ARRAY, implementation = FieldError.class, description = "出错的字段")
        List<FieldError> errors) {

  /** One offending input field and what is wrong with it. */
  @Schema(name = "ProblemFieldError")
  @JsonbPropertyOrder({"field", "message"})
  public record FieldError(
      @Schema(example = "username") String field, @Schema(example = "请输入用户名和密码。") String message) {}
}
