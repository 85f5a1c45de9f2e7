package cn.zeren.security.web;

import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Times;
import cn.zeren.security.ApiToken;
import cn.zeren.security.SecuritySettings;
import cn.zeren.security.TokenService.IssuedToken;
import cn.zeren.security.TokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * The person's own API tokens (API 令牌): list, create — the secret is shown once, in the response to the
 * creation, and kept nowhere on the server but its hash — and revoke. Request-scoped so that the secret never
 * lands in the session.
 */
@Named
@RequestScoped
public class TokensBean {
  static final String FORM = "tokensForm";

  @Inject TokenService tokens;
  @Inject SecuritySettings settings;
  @Inject Times times;

  private String name;
  private IssuedToken issued;
  private List<ApiToken> list;

  public List<ApiToken> getTokens() {
    if (list == null) {
      list = tokens.listForCurrentPerson();
    }
    return list;
  }

  public void create() {
    try {
      issued = tokens.issueForCurrentPerson(name);
      name = null;
      list = null;
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public void revoke(long id) {
    try {
      tokens.revoke(id);
      list = null;
      Messages.info("tokens.revoked");
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  /** 有效 / 已过期 / 已撤销 (with the time of revocation). */
  public String status(ApiToken token) {
    if (token.getRevokedAt() != null) {
      return text("tokens.status.revoked", times.format(token.getRevokedAt()));
    }
    return text(token.isUsableAt(Instant.now()) ? "tokens.status.usable" : "tokens.status.expired");
  }

  public String revokeQuestion(String tokenName) {
    return text("tokens.revoke.confirm", tokenName);
  }

  public long getLifetimeDays() {
    return settings.tokenLifetime().toDays();
  }

  private static String text(String key, Object... args) {
    return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
  }

  public IssuedToken getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
