package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The accountability cases (责任追究) and their statistics in the side menu. */
@Dependent
public class AccountabilityMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public AccountabilityMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 800;
  }

  @Override
  public List<MenuEntry> entries() {
    if (!access.permitsSomewhere(AccountabilityAction.VIEW)) {
      return List.of();
    }
    return List.of(
        new MenuEntry("nav.accountability", "pi pi-exclamation-circle", "/accountability.xhtml", "menu-accountability"),
        new MenuEntry("nav.accountabilityStatistics", "pi pi-chart-bar", "/accountability-statistics.xhtml",
            "menu-accountability-statistics"));
  }
}
