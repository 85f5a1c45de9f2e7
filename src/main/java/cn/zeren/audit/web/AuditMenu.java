package cn.zeren.audit.web;

import cn.zeren.audit.AuditAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The audit trail (审计日志) in the side menu. */
@Dependent
public class AuditMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public AuditMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 1200;
  }

  @Override
  public List<MenuEntry> entries() {
    return access.permitsSomewhere(AuditAction.VIEW)
        ? List.of(new MenuEntry("nav.audit", "pi pi-history", "/audit.xhtml", "menu-audit"))
        : List.of();
  }
}
