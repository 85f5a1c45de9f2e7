package cn.zeren.lists.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.lists.ListService;
import cn.zeren.lists.SignedList;
import cn.zeren.lists.SignedListKind;
import cn.zeren.lists.SignedListRule;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 签字清单 ({@code lists.xhtml}): the lists of the acting unit and its subtree, filtered by year and kind, and — for
 * the roles that write a kind of list — a new list for a unit of the subtree.
 */
@Named
@ViewScoped
public class ListsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "newForm";

  @Inject ListService lists;

  private Integer year = LocalDate.now(Deadlines.BEIJING).getYear();
  private SignedListKind kind;
  private List<SignedList> found = List.of();
  private SignedListKind newKind;
  private Long newOrganisationId;
  private Integer newYear = LocalDate.now(Deadlines.BEIJING).getYear();

  /** The page's {@code f:viewAction}: a role that reads no list (the administrator) gets the 403 page. */
  public void load() {
    Pages.load(this::search);
  }

  public void search() {
    found = lists.visible(year, kind);
  }

  public String create() {
    if (newKind == null) {
      Messages.show(DomainException.onField("kind", "list.item.required"), FORM);
      return null;
    }
    if (newOrganisationId == null) {
      Messages.show(DomainException.onField("organisation", "list.item.required"), FORM);
      return null;
    }
    try {
      SignedList list = lists.create(newKind, newOrganisationId, newYear == null ? 0 : newYear);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("list.created");
      return "/list.xhtml?faces-redirect=true&id=" + list.getId();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return null;
    }
  }

  /** The kinds the acting role writes, for the new-list form. */
  public List<SignedListRule> getCreatableKinds() {
    return Arrays.stream(SignedListKind.values()).filter(lists::mayCreate).map(lists::rule).toList();
  }

  /** The articles naming the signers of the pack's lists, cited in the page's introduction. */
  public List<String> getSignerRules() {
    return getKinds().stream().map(SignedListRule::signerRuleId).distinct().toList();
  }

  public List<SignedListRule> getKinds() {
    return lists.pack().kinds();
  }

  public List<Organisation> getOrganisations() {
    return lists.permitsCreating() ? lists.creatableOrganisations() : List.of();
  }

  public String title(SignedList list) {
    return lists.rule(list.getKind()).title();
  }

  public List<SignedList> getFound() {
    return found;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public SignedListKind getKind() {
    return kind;
  }

  public void setKind(SignedListKind kind) {
    this.kind = kind;
  }

  public SignedListKind getNewKind() {
    return newKind;
  }

  public void setNewKind(SignedListKind newKind) {
    this.newKind = newKind;
  }

  public Long getNewOrganisationId() {
    return newOrganisationId;
  }

  public void setNewOrganisationId(Long newOrganisationId) {
    this.newOrganisationId = newOrganisationId;
  }

  public Integer getNewYear() {
    return newYear;
  }

  public void setNewYear(Integer newYear) {
    this.newYear = newYear;
  }
}
