package cn.zeren.lists.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.lists.ItemState;
import cn.zeren.lists.ListActions;
import cn.zeren.lists.ListItem;
import cn.zeren.lists.ListRules;
import cn.zeren.lists.ListService;
import cn.zeren.lists.ListVersion;
import cn.zeren.lists.ProblemSource;
import cn.zeren.lists.RectificationService;
import cn.zeren.lists.SignedList;
import cn.zeren.lists.SignedListKind;
import cn.zeren.lists.SignedListRule;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.signature.SignatureView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 清单 ({@code list.xhtml?id=N&v=M}): one version of a signed list — its items (edited while the current version is
 * unsigned), the sign dialog with opinion and password for the list's signer (YW-11.3), its signatures with the
 * signature context's verify button and offline package, every version of the history with its signatures, Excel and PDF downloads.
 */
@Named
@ViewScoped
public class ListPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String ITEM_FORM = "itemForm";
  static final String SIGN_FORM = "signForm";

  @Inject ListService lists;
  @Inject RectificationService rectifications;

  private String id;
  private String v;
  private SignedList list;
  private ListVersion version;
  private SignedListRule rule;
  private List<ListItem> items = List.of();
  private List<ListVersion> versions = List.of();
  private Map<Integer, List<SignatureView>> signaturesByVersion = Map.of();
  private boolean signed;
  private ListActions can;
  private Long problemListId;
  private ItemForm form = new ItemForm();
  private String opinion;
  private String password;
  private boolean signDialogOpen;

  public void load() {
    Pages.load(() -> reload(Pages.id("list", id), v == null || v.isBlank() ? null : (int) Pages.id("list", v)));
  }

  public void save() {
    try {
      if (form.isEditing()) {
        lists.updateItem(form.getItemId(), form.getItemVersion(), form.fields());
      } else {
        lists.addItem(list.getId(), form.fields());
      }
    } catch (RuntimeException e) {
      show(e, ITEM_FORM);
      return;
    }
    Messages.info("list.item.saved");
    form = new ItemForm();
    reload(list.getId(), null);
  }

  public void edit(ListItem item) {
    form = ItemForm.of(item);
  }

  public void cancelEdit() {
    form = new ItemForm();
  }

  public void remove(ListItem item) {
    try {
      lists.removeItem(item.getId(), item.getVersion());
    } catch (RuntimeException e) {
      show(e, ITEM_FORM);
      return;
    }
    Messages.info("list.item.removed");
    reload(list.getId(), null);
  }

  public void newVersion() {
    try {
      lists.newVersion(list.getId(), list.getVersion());
    } catch (RuntimeException e) {
      show(e, null);
      return;
    }
    Messages.info("list.versionOpened");
    reload(list.getId(), null);
  }

  /**
   * Signs from the dialog; a refusal reopens the dialog with the reason next to its field (the opinion kept, the
   * password never redisplayed), a signature reloads the page.
   */
  public void sign() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      lists.sign(list.getId(), version.getNumber(), opinion, secret);
    } catch (RuntimeException e) {
      signDialogOpen = true;
      show(e, SIGN_FORM);
      return;
    }
    signDialogOpen = false;
    opinion = null;
    Messages.info("list.signed");
    reload(list.getId(), version.getNumber());
  }

  public boolean isSignDialogOpen() {
    return signDialogOpen;
  }

  /** An item's value for display: a problem's source by its title, dates as yyyy-MM-dd. */
  public String value(ListItem item, String field) {
    Object value = ListRules.value(item.fields(), field);
    if (value == null) {
      return "";
    }
    if ("sourceCode".equals(field)) {
      return lists.pack().source((String) value).map(ProblemSource::title).orElse((String) value);
    }
    return value.toString();
  }

  public boolean has(String field) {
    return ListRules.fieldsOf(list.getKind()).stream().anyMatch(f -> f.name().equals(field));
  }

  public boolean required(String field) {
    return ListRules.fieldsOf(list.getKind()).stream().anyMatch(f -> f.name().equals(field) && f.required());
  }

  public List<ListRules.Field> getFields() {
    return ListRules.fieldsOf(list.getKind());
  }

  public List<ProblemSource> getSources() {
    return lists.pack().problemSources();
  }

  public List<String> getResponsibilityTasks() {
    return lists.responsibilityTasks(list.getOrganisation().getId(), list.getYear());
  }

  public List<ListItem> getProblems() {
    return lists.problems(list.getOrganisation().getId(), list.getYear());
  }

  public boolean isProblemList() {
    return list.getKind() == SignedListKind.PROBLEM;
  }

  public boolean isRectificationList() {
    return list.getKind() == SignedListKind.RECTIFICATION;
  }

  public String state(ListItem item) {
    return rectifications.state(list, item.getItemKey()).name();
  }

  /** A rectification item of the current version past its deadline and not written off. */
  public boolean overdue(ListItem item) {
    return isCurrent() && ListRules.overdue(item.getDeadline(),
        rectifications.state(list, item.getItemKey()) == ItemState.CLOSED, LocalDate.now(Deadlines.BEIJING));
  }

  private void show(RuntimeException e, String formId) {
    if (Failures.explain(e) instanceof ConcurrentChangeException) {
      Messages.error("list.conflict");
      return;
    }
    Messages.show(e, formId);
  }

  private void reload(long listId, Integer number) {
    list = lists.get(listId);
    rule = lists.rule(list.getKind());
    versions = lists.versions(listId);
    version = lists.version(listId, number == null ? list.getCurrentVersion() : number);
    items = lists.items(listId, version.getNumber());
    Map<Integer, List<SignatureView>> byVersion = new LinkedHashMap<>();
    for (ListVersion each : versions) {
      byVersion.put(each.getNumber(), lists.signatures(each));
    }
    signaturesByVersion = byVersion;
    signed = !byVersion.get(version.getNumber()).isEmpty();
    can = lists.actionsOn(version);
    problemListId = list.getKind() == SignedListKind.PROBLEM ? Long.valueOf(list.getId())
        : lists.problemListFor(list).map(SignedList::getId).orElse(null);
  }

  public List<SignatureView> getSignatures() {
    return signaturesByVersion.getOrDefault(version.getNumber(), List.of());
  }

  public List<SignatureView> signaturesOf(ListVersion each) {
    return signaturesByVersion.getOrDefault(each.getNumber(), List.of());
  }

  /** Versions, newest first. */
  public List<ListVersion> getVersions() {
    List<ListVersion> newestFirst = new ArrayList<>(versions);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }

  public SignedList getList() {
    return list;
  }

  public ListVersion getVersion() {
    return version;
  }

  public SignedListRule getRule() {
    return rule;
  }

  public List<ListItem> getItems() {
    return items;
  }

  public boolean isSigned() {
    return signed;
  }

  public boolean isCurrent() {
    return version.getNumber() == list.getCurrentVersion();
  }

  public ListActions getCan() {
    return can;
  }

  public Long getProblemListId() {
    return problemListId;
  }

  public String getSignerRole() {
    return lists.signerRole(list);
  }

  public ItemForm getForm() {
    return form;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
