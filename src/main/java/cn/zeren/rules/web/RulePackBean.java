package cn.zeren.rules.web;

import cn.zeren.platform.i18n.Texts;
import cn.zeren.rules.DueRule;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 规则包: the active pack and each obligation with its article. */
@Named
@RequestScoped
public class RulePackBean {
  @Inject RulePackRegistry registry;

  public RulePack getPack() {
    return registry.active();
  }

  /** The due rule in the pack's own notation (--01-15, end of period, 10WD after ...), for the table. */
  public String due(ObligationRule rule) {
    DueRule due = rule.due();
    if (due instanceof DueRule.FixedDate fixed) {
      return Texts.get(
          FacesContext.getCurrentInstance().getViewRoot().getLocale(), "rules.due.fixed",
          String.valueOf(fixed.date().getMonthValue()), String.valueOf(fixed.date().getDayOfMonth()));
    }
    if (due instanceof DueRule.AfterPeriodEnd after) {
      return "+" + after.period();
    }
    if (due instanceof DueRule.AfterEvent event) {
      return "+" + event.period() + (event.repeatEvery() == null ? "" : " / " + event.repeatEvery());
    }
    return "—";
  }

  public boolean endOfPeriod(ObligationRule rule) {
    return rule.due() instanceof DueRule.EndOfPeriod;
  }
}
