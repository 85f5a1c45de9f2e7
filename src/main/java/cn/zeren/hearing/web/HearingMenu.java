package cn.zeren.hearing.web;

import cn.zeren.hearing.HearingAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The scored meetings (评议会议) in the side menu. */
@Dependent
public class HearingMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public HearingMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 700;
  }

  @Override
  public List<MenuEntry> entries() {
    return access.permitsSomewhere(HearingAction.VIEW)
        ? List.of(new MenuEntry("nav.hearings", "pi pi-star", "/hearings.xhtml", "menu-hearings"))
        : List.of();
  }
}
