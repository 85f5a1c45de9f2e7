package cn.zeren.security.api;

import cn.zeren.security.TokenService.IssuedToken;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token just created: the only answer that ever carries the secret. */
@Schema(name = "IssuedToken")
@JsonbPropertyOrder({"id", "name", "token", "expiresAt"})
public record IssuedTokenView(
    long id,
    String name,
    @Schema(description = "令牌本身，仅此一次返回；请求时放在 Authorization: Bearer 之后", example = "zrn_…")
        String token,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt) {

  static IssuedTokenView of(IssuedToken issued) {
    return new IssuedTokenView(issued.id(), issued.name(), issued.token(), issued.expiresAt());
  }
}
