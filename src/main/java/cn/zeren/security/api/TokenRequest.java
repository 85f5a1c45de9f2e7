package cn.zeren.security.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tokens}: the account's credentials and an optional name for the token. */
@Schema(name = "TokenRequest")
public record TokenRequest(
    @Schema(required = true, example = "clerk1") String username,
    @Schema(required = true, format = "password") String password,
    @Schema(description = "令牌名称（便于区分），默认 API", maxLength = 100, example = "报表脚本") String name) {}
