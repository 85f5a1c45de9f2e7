package cn.zeren.security.api;

import cn.zeren.security.ApiToken;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's tokens as listed: never the secret, only its first characters. */
@Schema(name = "Token")
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "prefix", "createdAt", "expiresAt", "lastUsedAt", "revokedAt", "usable"})
public record TokenView(
    long id,
    String name,
    @Schema(description = "令牌开头几位，用于辨认", example = "zrn_AbC1x") String prefix,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant lastUsedAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant revokedAt,
    @Schema(description = "未撤销且未过期") boolean usable) {

  static TokenView of(ApiToken token, Instant now) {
    return new TokenView(
        token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(), token.getExpiresAt(),
        token.getLastUsedAt(), token.getRevokedAt(), token.isUsableAt(now));
  }
}
