package cn.zeren.interview.web;

import cn.zeren.interview.InterviewAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The interview pages of the side menu (约谈): one's own interviews, and the commission's oversight. */
@Dependent
public class InterviewMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public InterviewMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 600;
  }

  @Override
  public List<MenuEntry> entries() {
    List<MenuEntry> entries = new ArrayList<>();
    if (access.permitsSomewhere(InterviewAction.EXPLAIN)) {
      entries.add(new MenuEntry("nav.interviews", "pi pi-comments", "/interviews.xhtml", "menu-interviews"));
    }
    if (access.permitsSomewhere(InterviewAction.OVERSEE)) {
      entries.add(new MenuEntry("nav.interviewOversight", "pi pi-users", "/interview-oversight.xhtml",
          "menu-interview-oversight"));
    }
    return entries;
  }
}
