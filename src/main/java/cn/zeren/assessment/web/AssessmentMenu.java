package cn.zeren.assessment.web;

import cn.zeren.assessment.AssessmentAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The assessment (考核评价) in the side menu: the commission draws up and computes it, the others read its results. */
@Dependent
public class AssessmentMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public AssessmentMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 900;
  }

  @Override
  public List<MenuEntry> entries() {
    if (access.permitsSomewhere(AssessmentAction.MANAGE)) {
      return List.of(
          new MenuEntry("nav.assessmentSets", "pi pi-sliders-h", "/assessment-sets.xhtml", "menu-assessment-sets"),
          new MenuEntry("nav.assessment", "pi pi-chart-line", "/assessment.xhtml", "menu-assessment"));
    }
    return access.permitsSomewhere(AssessmentAction.RESULT_VIEW)
        ? List.of(new MenuEntry("nav.assessmentResults", "pi pi-chart-line", "/assessment.xhtml", "menu-assessment"))
        : List.of();
  }
}
