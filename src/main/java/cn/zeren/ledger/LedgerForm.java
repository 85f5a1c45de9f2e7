package cn.zeren.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the record form holds. Kind, date and (optionally) the obligation instance chosen from a task are given when
 * the record is made and must stay the same on later edits.
 *
 * @param activityCode a ledger activity kind of the active rule pack
 * @param obligationId the instance the record is meant for (from a task), or null to let the date pick it
 * @param participantIds people of the record's unit who took part
 * @param otherParticipants who else took part, as free text (guests, people of other units)
 */
public record LedgerForm(
    @NotBlank(message = "{ledger.activity.required}") String activityCode,
    Long obligationId,
    @NotNull(message = "{ledger.date.required}") LocalDate activityDate,
    @NotBlank(message = "{ledger.topic.required}") @Size(max = TOPIC_LENGTH, message = "{ledger.topic.size}")
        String topic,
    List<Long> participantIds,
    @Size(max = OTHER_PARTICIPANTS_LENGTH, message = "{ledger.otherParticipants.size}") String otherParticipants,
    @Size(max = MINUTES_LENGTH, message = "{ledger.minutes.size}") String minutes) {
  /** The lengths of the text fields (the columns of {@code ledger_record}). */
  public static final int TOPIC_LENGTH = 200;
  public static final int OTHER_PARTICIPANTS_LENGTH = 500;
  public static final int MINUTES_LENGTH = 20000;

  public List<Long> participants() {
    return participantIds == null ? List.of() : participantIds;
  }
}
