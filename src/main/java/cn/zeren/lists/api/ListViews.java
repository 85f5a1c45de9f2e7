package cn.zeren.lists.api;

import cn.zeren.lists.ItemClosing;
import cn.zeren.lists.ListItem;
import cn.zeren.lists.OverdueItem;
import cn.zeren.lists.RectificationEntry;
import cn.zeren.lists.RectificationLine;
import cn.zeren.lists.SignedList;
import cn.zeren.signature.SignatureView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The shapes the lists API answers with; times in Beijing time ({@code +08:00}), dates as ISO dates. */
public final class ListViews {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private ListViews() {}

  /** A list: kind, article, unit, year, its current version and who signs it (YW-11.3). */
  public record ListView(long id, long version, String kind, String title, String ruleId, long organisationId,
      String organisationName, int year, int currentVersion, String signerRole) {}

  /** A version of a list, whether it is signed, and its signatures. */
  public record VersionView(long id, int number, boolean signed, String createdBy, String createdAt,
      List<SignatureRef> signatures) {}

  /** A list with every version (the history). */
  public record ListDetailView(ListView list, List<VersionView> versions) {}

  /** One version with its items. */
  public record VersionDetailView(ListView list, VersionView version, List<ItemView> items) {}

  /** A signature with the address that verifies it. */
  public record SignatureRef(long id, String signer, String signerRole, String signerOrganisation, String signedAt,
      String opinion, String contentSha256, String keyFingerprint, String verify) {

    static SignatureRef of(SignatureView s) {
      return new SignatureRef(s.id(), s.signerName(), s.signerRole(), s.signerOrganisation(), time(s.signedAt()),
          s.opinion(), s.contentSha256(), s.keyFingerprint(), "/api/v1/signatures/" + s.id() + "/verify");
    }
  }

  /** An item with every field (those its kind does not use are null) and its lock version. */
  public record ItemView(long id, long version, String key, int position, String task, String measure,
      String ownerName, String area, String expectedEvidence, String sourceCode, String description, String category,
      String responsibilityItem, String foundOn, String foundBy, String problemKey, String deadline) {

    static ItemView of(ListItem i) {
      return new ItemView(i.getId(), i.getVersion(), i.getItemKey(), i.getPosition(), i.getTask(), i.getMeasure(),
          i.getOwnerName(), i.getArea(), i.getExpectedEvidence(), i.getSourceCode(), i.getDescription(),
          i.getCategory(), i.getResponsibilityItem(), date(i.getFoundOn()), i.getFoundBy(), i.getProblemKey(),
          date(i.getDeadline()));
    }
  }

  /** A plan or progress entry. */
  public record EntryView(long id, String itemKey, String kind, String date, String text, String fileName,
      String fileSha256, String recordedBy, String recordedAt) {

    static EntryView of(RectificationEntry e) {
      return new EntryView(e.getId(), e.getItemKey(), e.getKind().name(), ListViews.date(e.getEntryDate()),
          e.getText(),
          e.getFileName(), e.getFileSha256(), e.getRecordedByName(), time(e.getRecordedAt()));
    }
  }

  /** A write-off request and its decision. */
  public record ClosingView(long id, long version, String itemKey, String status, String note, String fileName,
      String fileSha256, String requestedBy, String requestedAt, String decidedBy, String decidedAt,
      String decisionNote) {

    static ClosingView of(ItemClosing c) {
      return new ClosingView(c.getId(), c.getVersion(), c.getItemKey(), c.getStatus().name(), c.getNote(),
          c.getFileName(), c.getFileSha256(), c.getRequestedByName(), time(c.getRequestedAt()),
          c.getDecidedByName(), time(c.getDecidedAt()), c.getDecisionNote());
    }
  }

  /** A rectification item with its state, entries and write-offs. */
  public record RectificationView(ItemView item, String state, boolean overdue, List<EntryView> entries,
      List<ClosingView> closings) {

    static RectificationView of(RectificationLine l) {
      return new RectificationView(ItemView.of(l.item()), l.state().name(), l.overdue(),
          l.entries().stream().map(EntryView::of).toList(), l.closings().stream().map(ClosingView::of).toList());
    }
  }

  /** A YW-6.12 instance: id, due date, status. */
  public record InstanceView(long obligationId, String ruleId, String period, String dueDate, String status) {}

  /** One problem followed to its write-off (一张清单到底). */
  public record TraceView(long problemListId, ItemView problem, String source, boolean closed,
      List<RectificationView> rectifications, InstanceView plan, InstanceView progress) {}

  /** An overdue rectification item. */
  public record OverdueView(long listId, long organisationId, String organisationName, int year, String itemKey,
      String problemKey, String measure, String ownerName, String deadline, long daysLate, String state) {

    static OverdueView of(OverdueItem o) {
      return new OverdueView(o.listId(), o.organisationId(), o.organisationName(), o.year(), o.itemKey(),
          o.problemKey(), o.measure(), o.ownerName(), date(o.deadline()), o.daysLate(), o.state().name());
    }
  }

  static ListView list(SignedList l, String title, String signerRole) {
    return new ListView(l.getId(), l.getVersion(), l.getKind().name(), title, l.getRuleId(), l.getOrganisation()
        .getId(), l.getOrganisationName(), l.getYear(), l.getCurrentVersion(), signerRole);
  }

  static String time(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, BEIJING).toString();
  }

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
