package cn.zeren.security.web;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.web.Messages;
import cn.zeren.security.PasswordChange;
import cn.zeren.security.PersonalSettings;
import cn.zeren.security.UserAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 修改密码 ({@code password.xhtml}, from the header of every page): the signed-in person changes their own password.
 * Request-scoped, so that typed passwords never land in the session or the view state.
 */
@Named
@RequestScoped
public class PasswordPage {
  static final String FORM = "passwordForm";

  @Inject PersonalSettings settings;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void change() {
    try {
      if (newPassword != null && !newPassword.equals(confirmation)) {
        throw DomainException.onField("confirmation", "password.confirmation.mismatch");
      }
      settings.changePassword(new PasswordChange(currentPassword, newPassword));
      Messages.info("password.changed");
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    } finally {
      currentPassword = null;
      newPassword = null;
      confirmation = null;
    }
  }

  public int getMinLength() {
    return UserAccounts.MIN_PASSWORD_LENGTH;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
