package cn.zeren.rules.web;

import cn.zeren.platform.i18n.Texts;
import cn.zeren.rules.DueRule;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.RuleVariantChoice;
import cn.zeren.rules.RuleVariantService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** 规则包: the packs in force, the rules and sections each contributes, and each variant group's alternatives. */
@Named
@RequestScoped
public class RulePackBean {
  @Inject RulePackRegistry registry;
  @Inject RuleVariantService variants;

  /** One variant group: its alternatives, the one in force, and the administrator's last choice if any. */
  public record Group(String key, String title, List<RulePack> options, RulePack active, RuleVariantChoice choice) {}

  private Regulation regulation;

  public Regulation getRegulation() {
    if (regulation == null) {
      regulation = registry.active();
    }
    return regulation;
  }

  public List<RulePack> getPacks() {
    return getRegulation().packs();
  }

  public List<ObligationRule> rulesOf(RulePack pack) {
    return getRegulation().rulesOf(pack);
  }

  /** The section keys a pack's document holds (报告类型、签字背书清单 …), in the document's vocabulary. */
  public List<String> sectionsOf(RulePack pack) {
    return pack.defined().stream().map(Class::getSimpleName).sorted().toList();
  }

  public List<Group> getGroups() {
    var packs = registry.packs();
    return packs.groupKeys().stream()
        .map(g -> new Group(g, packs.defaultOption(g).variant().groupTitle(), packs.options(g),
            variants.inForce(g), variants.choice(g).orElse(null)))
        .toList();
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
