package cn.zeren.calendar.web;

import cn.zeren.calendar.CalendarAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The holiday schedules of the working calendar in the administrator's side menu. */
@Dependent
public class CalendarMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public CalendarMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 1100;
  }

  @Override
  public List<MenuEntry> entries() {
    return access.permitsSomewhere(CalendarAction.MANAGE)
        ? List.of(new MenuEntry("nav.calendar", "pi pi-calendar", "/admin/calendar.xhtml", "menu-calendar"))
        : List.of();
  }
}
