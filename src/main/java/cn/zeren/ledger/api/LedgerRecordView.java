package cn.zeren.ledger.api;

import cn.zeren.calendar.Deadlines;
import cn.zeren.ledger.LedgerAttachment;
import cn.zeren.ledger.LedgerRecord;
import cn.zeren.obligation.Obligation;
import cn.zeren.ledger.LedgerActivity;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A work-ledger record as the API shows it, with the obligation instance it fulfils ({@code obligationStatus}:
 * OPEN, DONE_ON_TIME, DONE_LATE …, and how many of the rule's minimum count are recorded); times in Beijing time.
 */
public record LedgerRecordView(
    long id,
    long version,
    long organisationId,
    String organisationName,
    String activityCode,
    String activityTitle,
    String ruleId,
    String activityDate,
    String topic,
    List<Participant> participants,
    String otherParticipants,
    String minutes,
    String author,
    long obligationId,
    String period,
    String obligationStatus,
    int recordedCount,
    int minimumCount,
    List<Attachment> attachments) {

  public record Participant(long id, String name) {}

  public record Attachment(long id, String fileName, String type, long size, String uploadedAt, String uploadedBy) {}

  static LedgerRecordView of(LedgerRecord r, LedgerActivity activity, Obligation instance,
      List<LedgerAttachment> attachments) {
    return new LedgerRecordView(
        r.getId(), r.getVersion(), r.getOrganisation().getId(), r.getOrganisation().getName(), r.getActivityCode(),
        activity.title(), r.getRuleId(), r.getActivityDate().toString(), r.getTopic(),
        r.getParticipants().stream().map(p -> new Participant(p.getId(), p.getName())).toList(),
        r.getOtherParticipants(), r.getMinutes(), r.getAuthorName(), r.getObligationId(), r.getPeriodKey(),
        instance.statusAt(Instant.now()).name(), instance.getDoneCount(), instance.getMinimumCount(),
        attachments.stream()
            .map(a -> new Attachment(a.getId(), a.getFileName(), a.getFileType().name(), a.getFileSize(),
                OffsetDateTime.ofInstant(a.getUploadedAt(), Deadlines.BEIJING).toString(), a.getUploadedBy()))
            .toList());
  }
}
