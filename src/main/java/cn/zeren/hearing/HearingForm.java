package cn.zeren.hearing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the set-up form of a scored meeting holds: the meeting type of the rule pack, title, date and time (Beijing),
 * place, chair, scorers and the units heard in order with their speakers.
 *
 * @param organisationId the commission holding the meeting
 * @param meetingCode a scored meeting of the active rule pack (HEARING, DUTY_REPORT)
 */
public record HearingForm(
    @NotNull(message = "{hearing.organisation.required}") Long organisationId,
    @NotBlank(message = "{hearing.meetingCode.required}") String meetingCode,
    @NotBlank(message = "{hearing.title.required}") @Size(max = 200, message = "{hearing.title.size}") String title,
    @NotNull(message = "{hearing.heldAt.required}") LocalDateTime heldAt,
    @NotBlank(message = "{hearing.place.required}") @Size(max = 200, message = "{hearing.place.size}") String place,
    @NotNull(message = "{hearing.chair.required}") Long chairPersonId,
    @NotEmpty(message = "{hearing.scorers.required}") List<Long> scorerIds,
    @NotEmpty(message = "{hearing.items.required}") List<@Valid Line> items) {

  /** One unit heard, in the order of the list, with its speaker (汇报人). */
  public record Line(
      @NotNull(message = "{hearing.item.unit.required}") Long unitId,
      @NotNull(message = "{hearing.item.speaker.required}") Long speakerPersonId) {}
}
