package cn.zeren.lists.web;

import cn.zeren.lists.OverdueItem;
import cn.zeren.lists.RectificationService;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 逾期整改 ({@code lists-overdue.xhtml}): rectification items of the subtree past their deadline, not written off. */
@Named
@ViewScoped
public class OverdueListsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RectificationService rectifications;
  private List<OverdueItem> items = List.of();

  /** The page's {@code f:viewAction}: a role that reads no list (the administrator) gets the 403 page. */
  public void load() {
    Pages.load(() -> items = rectifications.overdue());
  }

  public List<OverdueItem> getItems() {
    return items;
  }
}
