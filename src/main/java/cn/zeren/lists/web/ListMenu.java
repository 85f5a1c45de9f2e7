package cn.zeren.lists.web;

import cn.zeren.lists.ListAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The signed lists (签字背书) and their overdue items in the side menu. */
@Dependent
public class ListMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public ListMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public List<MenuEntry> entries() {
    if (!access.permitsSomewhere(ListAction.VIEW)) {
      return List.of();
    }
    return List.of(
        new MenuEntry("nav.lists", "pi pi-list-check", "/lists.xhtml", "menu-lists"),
        new MenuEntry("nav.listsOverdue", "pi pi-exclamation-circle", "/lists-overdue.xhtml", "menu-lists-overdue"));
  }
}
