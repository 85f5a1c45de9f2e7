package cn.zeren.platform.web;

import java.util.Objects;

/**
 * One entry of the side menu, as a context contributes it.
 *
 * @param labelKey the message key of its label (e.g. {@code nav.reports})
 * @param icon its PrimeIcons class (e.g. {@code pi pi-file-edit})
 * @param page the page it opens, from the context root (e.g. {@code /reports.xhtml})
 * @param id the menu item's id (e.g. {@code menu-reports}), which browser tests click
 */
public record MenuEntry(String labelKey, String icon, String page, String id) {
  public MenuEntry {
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(id, "id");
  }
}
