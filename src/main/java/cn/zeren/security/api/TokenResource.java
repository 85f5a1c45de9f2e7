package cn.zeren.security.api;

import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.Problems;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.platform.web.Times;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.SecuritySettings;
import cn.zeren.security.SignInOutcome;
import cn.zeren.security.SignInService;
import cn.zeren.security.TokenService.IssuedToken;
import cn.zeren.security.TokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Personal API tokens (API 令牌): obtained with a username and password — under the same lockout as the sign-in
 * page — then listed and revoked by their owner.
 */
@Path("tokens")
@RequestScoped
@Tag(name = "tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
  @Inject SignInService signIn;
  @Inject TokenService tokens;
  @Inject ActorResolver actors;
  @Inject Times times;
  @Inject SecuritySettings settings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "用用户名和密码换取 API 令牌",
      description = "无需令牌。连续输错密码 5 次（默认）账号锁定 15 分钟（与登录页相同），锁定期间即使密码正确也返回 423；"
          + "不存在的用户名与存在的用户名回答完全相同。同一地址 15 分钟内失败 50 次（默认）后，该地址暂停登录（429，Retry-After）。"
          + "默认值见 docs/operations.md。")
  @APIResponse(
      responseCode = "201",
      description = "令牌已创建；token 只返回这一次",
      content = @Content(schema = @Schema(implementation = IssuedTokenView.class)))
  @APIResponse(
      responseCode = "400",
      description = "缺少用户名或密码，或请求体不是 JSON",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "用户名或密码错误",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "账号已停用",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description = "该地址登录失败次数过多，暂停登录（Retry-After 说明秒数）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "423",
      description = "账号已锁定（detail 说明解锁时间，北京时间）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response create(TokenRequest request) {
    if (request == null || request.username() == null || request.username().isBlank()) {
      throw ProblemException.invalidField("username", "login.required");
    }
    if (request.password() == null || request.password().isEmpty()) {
      throw ProblemException.invalidField("password", "login.required");
    }
    SignInOutcome outcome = signIn.verify(request.username(), request.password().toCharArray());
    if (!outcome.success()) {
      throw refusal(outcome);
    }
    Actor owner = actors.resolve(outcome.username(), null, ActorContext.current().clientAddress());
    IssuedToken issued = issueAs(owner, request.name());
    return Response.status(Response.Status.CREATED)
        .entity(IssuedTokenView.of(issued))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @GET
  @SecurityRequirement(name = ZerenApi.BEARER)
  @Operation(summary = "我的 API 令牌", description = "只列出调用者本人的令牌，从不返回令牌本身。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
  @APIResponse(
      responseCode = "401",
      description = "未携带有效令牌",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public List<TokenView> list() {
    Instant now = Instant.now();
    return tokens.listForCurrentPerson().stream().map(t -> TokenView.of(t, now)).toList();
  }

  @DELETE
  @Path("{id}")
  @SecurityRequirement(name = ZerenApi.BEARER)
  @Operation(summary = "撤销我的一个令牌", description = "只能撤销本人的令牌；撤销后立即失效。")
  @APIResponse(responseCode = "204", description = "已撤销")
  @APIResponse(
      responseCode = "403",
      description = "不是调用者本人的令牌",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public void revoke(@PathParam("id") long id) {
    tokens.revoke(id);
  }

  private ProblemException refusal(SignInOutcome outcome) {
    return switch (outcome.status()) {
      case LOCKED -> new ProblemException(
          423, Problems.ACCOUNT_LOCKED, Map.of(HttpHeaders.RETRY_AFTER, retryAfter(outcome.lockedUntil())),
          "login.locked", times.format(outcome.lockedUntil()));
      case THROTTLED -> new ProblemException(
          429, Problems.SIGN_IN_THROTTLED, Map.of(HttpHeaders.RETRY_AFTER, retryAfter(outcome.lockedUntil())),
          "login.throttled", times.format(outcome.lockedUntil()));
      case DISABLED -> new ProblemException(403, Problems.ACCOUNT_DISABLED, "login.disabled");
      default -> new ProblemException(
          401, Problems.BAD_CREDENTIALS, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"zeren\""),
          remainingWarning(outcome) ? "login.failedRemaining" : "login.failed", outcome.remainingAttempts(),
          settings.lockout().toMinutes());
    };
  }

  /** Like the sign-in page: warn only when few attempts are left, so as not to help guessing. */
  private static boolean remainingWarning(SignInOutcome outcome) {
    return outcome.remainingAttempts() > 0 && outcome.remainingAttempts() <= 3;
  }

  private static String retryAfter(Instant lockedUntil) {
    return String.valueOf(Math.max(1, Duration.between(Instant.now(), lockedUntil).toSeconds() + 1));
  }

  /** Issues the token as its owner, so that the audit trail names them rather than an anonymous caller. */
  private IssuedToken issueAs(Actor owner, String name) {
    try {
      return ActorContext.callAs(owner, () -> tokens.issueForCurrentPerson(name));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
