package cn.zeren.obligation.web;

import cn.zeren.obligation.VariantImpact;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.rules.RuleVariantChoice;
import cn.zeren.rules.RuleVariantService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * 切换可替换的地方规定 on the page 规则包: the administrator picks another pack of a variant group, sees what it does
 * to the deadlines ({@link VariantImpact}) and confirms; the switch is the service's, authorised and audited there.
 */
@Named
@ViewScoped
public class VariantSwitchBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient VariantImpact impact;
  @Inject transient RuleVariantService variants;

  private String group;
  private String packId;
  /** The version of the group's choice when the preview was made (-1: no choice stored yet). */
  private long seenVersion = -1;
  private transient VariantImpact.Preview preview;
  private Boolean mayChoose;

  public boolean isMayChoose() {
    if (mayChoose == null) {
      mayChoose = variants.mayChoose();
    }
    return mayChoose;
  }

  /** Shows the effect of putting {@code packId} of {@code group} in force. */
  public void preview(String group, String packId) {
    this.group = group;
    this.packId = packId;
    try {
      seenVersion = variants.choice(group).map(RuleVariantChoice::getVersion).orElse(-1L);
      preview = impact.preview(group, packId);
    } catch (RuntimeException e) {
      preview = null;
      Messages.show(e, "variants");
    }
  }

  /**
   * Switches, then shows the page afresh (so every table on it is read after the switch); a refusal stays on the
   * preview with its message.
   */
  public String confirm() {
    try {
      variants.choose(group, packId, seenVersion);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("rules.variant.switched", preview == null ? packId : preview.to().title());
      preview = null;
      return "/rules.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      Messages.show(e, "variants");
      return null;
    }
  }

  public void cancel() {
    preview = null;
  }

  /** 已生成 12 条，保留原期限和规则包版本. */
  public String existing(VariantImpact.RuleImpact impact) {
    return Texts.get(locale(), "rules.variant.existingKept", String.valueOf(impact.existing()));
  }

  /** What the switch does to an arriving rule: 2026年新增 40 条；2027年新增 40 条, or "events after the switch". */
  public String effect(VariantImpact.RuleImpact impact) {
    if (!impact.periodic()) {
      return Texts.get(locale(), "rules.variant.perEvent");
    }
    return String.join("；", impact.created().entrySet().stream()
        .map(e -> Texts.get(locale(), "rules.variant.created", String.valueOf(e.getKey()), String.valueOf(e.getValue())))
        .toList());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public VariantImpact.Preview getPreview() {
    return preview;
  }
}
