package cn.zeren.security.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/me/password}: the caller's current password and the new one. */
@Schema(name = "PasswordRequest")
public record PasswordRequest(
    @Schema(required = true, format = "password") String currentPassword,
    @Schema(required = true, format = "password", minLength = 10, maxLength = 200) String newPassword) {
  @Override
  public String toString() {
    return "PasswordRequest[***]";
  }
}
