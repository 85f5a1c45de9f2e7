package cn.zeren.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A person's change of their own password (修改密码): the current password, asked again, and the new one. The new
 * one follows the policy of every account ({@link UserAccounts#MIN_PASSWORD_LENGTH}), checked by the service.
 */
public record PasswordChange(
    @NotEmpty(message = "{password.current.required}") @Size(max = PasswordChange.MAX_LENGTH, message = "{password.size}")
        String currentPassword,
    @NotEmpty(message = "{password.new.required}") @Size(max = PasswordChange.MAX_LENGTH, message = "{password.size}")
        String newPassword) {
  /** As the password fields of the pages: a longer input is no password but a load on PBKDF2. */
  public static final int MAX_LENGTH = 200;

  @Override
  public String toString() {
    return "PasswordChange[***]";
  }
}
