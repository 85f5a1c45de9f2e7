package cn.zeren.lists.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.lists.ItemClosing;
import cn.zeren.lists.ProblemTrace;
import cn.zeren.lists.RectificationEntry;
import cn.zeren.lists.RectificationLine;
import cn.zeren.lists.RectificationService;
import cn.zeren.lists.SignedList;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * 一张清单到底 ({@code problem.xhtml?list=N&key=P1}): one problem followed to its write-off — the problem, its YW-6.12
 * instances when it came from the upper level, every rectification item answering it with dated plan and progress
 * entries and evidence, the write-off request with evidence, and the discipline organisation's approval.
 */
@Named
@ViewScoped
public class ProblemPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String ENTRY_FORM = "entryForm";
  static final String CLOSING_FORM = "closingForm";

  @Inject RectificationService rectifications;

  private String listParam;
  private String key;
  private ProblemTrace trace;
  private String entryItem;
  private RectificationEntry.Kind entryKind = RectificationEntry.Kind.PROGRESS;
  private LocalDate entryDate = LocalDate.now(Deadlines.BEIJING);
  private String entryText;
  private transient UploadedFile entryFile;
  private String closingItem;
  private String closingNote;
  private transient UploadedFile closingFile;
  private String decisionComment;

  public void load() {
    Pages.load(() -> reload(Pages.id("list", listParam)));
  }

  public void addEntry() {
    try (InputStream content = open(entryFile)) {
      rectifications.addEntry(rectificationListId(), entryItem, entryKind, entryDate, entryText,
          entryFile == null ? null : entryFile.getFileName(), content);
    } catch (RuntimeException e) {
      Messages.show(e, ENTRY_FORM);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Messages.info("list.entry.recorded");
    entryText = null;
    entryFile = null;
    reload(trace.problemList().getId());
  }

  public void requestClosing() {
    try (InputStream content = open(closingFile)) {
      rectifications.requestClosing(rectificationListId(), closingItem, closingNote,
          closingFile == null ? null : closingFile.getFileName(), content);
    } catch (RuntimeException e) {
      Messages.show(e, CLOSING_FORM);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Messages.info("list.closing.requested");
    closingNote = null;
    closingFile = null;
    reload(trace.problemList().getId());
  }

  public void decide(ItemClosing closing, boolean approve) {
    try {
      rectifications.decideClosing(closing.getId(), closing.getVersion(), approve, decisionComment);
    } catch (RuntimeException e) {
      if (Failures.explain(e) instanceof ConcurrentChangeException) {
        Messages.error("list.conflict");
      } else {
        Messages.show(e, "decisionForm");
      }
      return;
    }
    Messages.info(approve ? "list.closing.approved" : "list.closing.rejected");
    decisionComment = null;
    reload(trace.problemList().getId());
  }

  public boolean mayUpdate() {
    return rectificationList() != null && rectifications.mayUpdate(rectificationList());
  }

  public boolean mayApprove() {
    return rectificationList() != null && rectifications.mayApprove(rectificationList());
  }

  /** Items still open to entries (not written off). */
  public List<RectificationLine> getOpenLines() {
    return trace.rectifications().stream().filter(l -> !l.isClosed()).toList();
  }

  private SignedList rectificationList() {
    return trace.rectifications().isEmpty() ? null : trace.rectifications().get(0).list();
  }

  private long rectificationListId() {
    SignedList list = rectificationList();
    if (list == null) {
      throw new DomainException("list.trace.noRectification");
    }
    return list.getId();
  }

  private static InputStream open(UploadedFile file) throws IOException {
    return file == null || file.getSize() == 0 ? null : file.getInputStream();
  }

  private void reload(long problemListId) {
    trace = rectifications.trace(problemListId, key);
    if (entryItem == null && !getOpenLines().isEmpty()) {
      entryItem = getOpenLines().get(0).item().getItemKey();
    }
    if (closingItem == null && !getOpenLines().isEmpty()) {
      closingItem = getOpenLines().get(0).item().getItemKey();
    }
  }

  public ProblemTrace getTrace() {
    return trace;
  }

  /** The article the write-off enforces, cited in the closing form's introduction. */
  public String getClosingRule() {
    return rectifications.closingRule();
  }

  public RectificationEntry.Kind[] getEntryKinds() {
    return RectificationEntry.Kind.values();
  }

  public String getList() {
    return listParam;
  }

  public void setList(String list) {
    this.listParam = list;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getEntryItem() {
    return entryItem;
  }

  public void setEntryItem(String entryItem) {
    this.entryItem = entryItem;
  }

  public RectificationEntry.Kind getEntryKind() {
    return entryKind;
  }

  public void setEntryKind(RectificationEntry.Kind entryKind) {
    this.entryKind = entryKind;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public void setEntryDate(LocalDate entryDate) {
    this.entryDate = entryDate;
  }

  public String getEntryText() {
    return entryText;
  }

  public void setEntryText(String entryText) {
    this.entryText = entryText;
  }

  public UploadedFile getEntryFile() {
    return entryFile;
  }

  public void setEntryFile(UploadedFile entryFile) {
    this.entryFile = entryFile;
  }

  public String getClosingItem() {
    return closingItem;
  }

  public void setClosingItem(String closingItem) {
    this.closingItem = closingItem;
  }

  public String getClosingNote() {
    return closingNote;
  }

  public void setClosingNote(String closingNote) {
    this.closingNote = closingNote;
  }

  public UploadedFile getClosingFile() {
    return closingFile;
  }

  public void setClosingFile(UploadedFile closingFile) {
    this.closingFile = closingFile;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public void setDecisionComment(String decisionComment) {
    this.decisionComment = decisionComment;
  }
}
