package cn.zeren.dashboard.web;

import cn.zeren.dashboard.DashboardAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The commission's dashboard (监督看板) in the side menu. */
@Dependent
public class DashboardMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public DashboardMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public List<MenuEntry> entries() {
    return access.permitsSomewhere(DashboardAction.VIEW)
        ? List.of(new MenuEntry("nav.dashboard", "pi pi-chart-line", "/dashboard.xhtml", "menu-dashboard"))
        : List.of();
  }
}
