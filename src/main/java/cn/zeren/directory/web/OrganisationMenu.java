package cn.zeren.directory.web;

import cn.zeren.directory.OrganisationAction;
import cn.zeren.directory.PersonAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The organisation tree (组织机构) and, for its keepers, the people in the side menu. */
@Dependent
public class OrganisationMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public OrganisationMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 1000;
  }

  @Override
  public List<MenuEntry> entries() {
    List<MenuEntry> entries = new ArrayList<>();
    if (access.permitsSomewhere(OrganisationAction.VIEW)) {
      entries.add(new MenuEntry("nav.organisations", "pi pi-sitemap", "/organisations.xhtml", "menu-organisations"));
    }
    if (access.permitsSomewhere(PersonAction.MANAGE)) {
      entries.add(new MenuEntry("nav.people", "pi pi-users", "/admin/people.xhtml", "menu-people"));
    }
    return entries;
  }
}
