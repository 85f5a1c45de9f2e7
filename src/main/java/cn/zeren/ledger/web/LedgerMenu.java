package cn.zeren.ledger.web;

import cn.zeren.ledger.LedgerAction;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The work ledger (工作台账) in the side menu. */
@Dependent
public class LedgerMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public LedgerMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public List<MenuEntry> entries() {
    return access.permitsSomewhere(LedgerAction.VIEW)
        ? List.of(new MenuEntry("nav.ledger", "pi pi-list", "/ledger.xhtml", "menu-ledger"))
        : List.of();
  }
}
