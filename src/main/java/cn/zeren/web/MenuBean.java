package cn.zeren.web;

import cn.zeren.notification.InboxService;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The side menu of the active role: the shell's own entries (home, tasks, inbox first; rules, signing keys, tokens
 * last) around the entries every context contributes ({@link MenuContribution}). An entry appears when the role may
 * use the page somewhere. This only mirrors the services' checks; it protects nothing by itself.
 */
@Named
@RequestScoped
public class MenuBean {
  @Inject @Any Instance<MenuContribution> contributions;
  @Inject InboxService inbox;
  private MenuModel model;

  public MenuModel getModel() {
    if (model == null) {
      model = new DefaultMenuModel();
      add("nav.home", "pi pi-home", "/index.xhtml", "menu-home");
      add("nav.tasks", "pi pi-check-square", "/tasks.xhtml", "menu-tasks");
      addItem(inboxLabel(), "pi pi-inbox", "/inbox.xhtml", "menu-inbox");
      for (MenuEntry entry : contributed(contributions)) {
        add(entry.labelKey(), entry.icon(), entry.page(), entry.id());
      }
      add("nav.rules", "pi pi-book", "/rules.xhtml", "menu-rules");
      add("nav.signingKeys", "pi pi-verified", "/signing-keys.xhtml", "menu-signing-keys");
      add("nav.tokens", "pi pi-key", "/tokens.xhtml", "menu-tokens");
    }
    return model;
  }

  /** The contexts' entries the acting person may use, each context's in its place by its order. */
  static List<MenuEntry> contributed(Iterable<MenuContribution> contributions) {
    List<MenuContribution> sorted = new ArrayList<>();
    contributions.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(MenuContribution::order));
    return sorted.stream().flatMap(c -> c.entries().stream()).toList();
  }

  /** 消息, with the number of unread messages when there are any: 消息（3）. */
  private String inboxLabel() {
    long unread = inbox.unreadCount();
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return unread == 0
        ? Texts.get(locale, "nav.inbox")
        : Texts.get(locale, "nav.inboxUnread", String.valueOf(unread));
  }

  private void add(String key, String icon, String page, String id) {
    addItem(Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key), icon, page, id);
  }

  private void addItem(String label, String icon, String page, String id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    model.getElements()
        .add(
            DefaultMenuItem.builder()
                .id(id)
                .value(label)
                .icon(icon)
                .url(faces.getExternalContext().getRequestContextPath() + page)
                .build());
  }
}
