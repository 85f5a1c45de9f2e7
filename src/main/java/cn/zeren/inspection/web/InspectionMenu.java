package cn.zeren.inspection.web;

import cn.zeren.inspection.InspectionAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Inspection (巡察) in the side menu: rounds for the office, the leading group and the groups' staff; pools and coverage for the first two. */
@Dependent
public class InspectionMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public InspectionMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 850;
  }

  @Override
  public List<MenuEntry> entries() {
    List<MenuEntry> entries = new ArrayList<>();
    boolean all = access.permitsSomewhere(InspectionAction.VIEW_ALL);
    if (all || access.permitsSomewhere(InspectionAction.VIEW_OWN)) {
      entries.add(new MenuEntry("nav.inspectionRounds", "pi pi-flag", "/inspection-rounds.xhtml",
          "menu-inspection-rounds"));
    }
    if (all) {
      entries.add(new MenuEntry("nav.inspectionPools", "pi pi-users", "/inspection-pools.xhtml",
          "menu-inspection-pools"));
      entries.add(new MenuEntry("nav.inspectionCoverage", "pi pi-th-large", "/inspection-coverage.xhtml",
          "menu-inspection-coverage"));
    }
    return entries;
  }
}
