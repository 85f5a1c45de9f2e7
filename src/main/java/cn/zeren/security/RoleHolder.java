package cn.zeren.security;

/**
 * A person who can sign in and holds a role at an organisation, as far as notifying them needs: name, e-mail
 * address (or null) and whether they want e-mail besides the inbox. No account secret leaves this context.
 */
public record RoleHolder(long personId, String name, String email, boolean emailNotifications) {

  /** True when an e-mail may be sent: they have an address and have not turned e-mail off. */
  public boolean wantsEmail() {
    return emailNotifications && email != null && !email.isBlank();
  }
}
