package cn.zeren.obligation.web;

import cn.zeren.obligation.ObligationAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The compliance matrix of the subtree's obligations in the side menu (a person's own tasks are the shell's). */
@Dependent
public class ObligationMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public ObligationMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public List<MenuEntry> entries() {
    return access.permitsSomewhere(ObligationAction.OVERSEE)
        ? List.of(new MenuEntry("nav.compliance", "pi pi-table", "/compliance.xhtml", "menu-compliance"))
        : List.of();
  }
}
