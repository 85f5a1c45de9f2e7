package cn.zeren.signature.web;

import cn.zeren.platform.web.Messages;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.Verification;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The 验证 buttons of a page's signatures: each asks the signature service to verify one signature against the
 * rows as they are now and keeps the answer for the view, shown next to the signature.
 */
@Named
@ViewScoped
public class SignatureChecks implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SignatureService signatures;
  private final Map<Long, Verification> results = new HashMap<>();

  public void verify(long signatureId) {
    try {
      results.put(signatureId, signatures.verify(signatureId));
    } catch (RuntimeException failure) {
      Messages.show(failure, null);
    }
  }

  public boolean checked(long signatureId) {
    return results.containsKey(signatureId);
  }

  public boolean valid(long signatureId) {
    Verification v = results.get(signatureId);
    return v != null && v.valid();
  }

  /** The reason in the page's language. */
  public String reason(long signatureId) {
    Verification v = results.get(signatureId);
    if (v == null) {
      return "";
    }
    return cn.zeren.platform.i18n.Texts.get(
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), v.reasonKey());
  }
}
