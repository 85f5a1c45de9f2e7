package cn.zeren.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What scheduling an interview needs: the type of the rule pack, the interviewee's unit, the interviewing leader and
 * the interviewee, date and time (Beijing), place and topic; the suggestion it answers, if any.
 */
public record ScheduleForm(
    @NotBlank(message = "{interview.type.required}") String typeCode,
    @NotNull(message = "{interview.unit.required}") Long organisationId,
    @NotNull(message = "{interview.interviewer.required}") Long interviewerId,
    @NotNull(message = "{interview.interviewee.required}") Long intervieweeId,
    @NotNull(message = "{interview.scheduledAt.required}") LocalDateTime scheduledAt,
    @NotBlank(message = "{interview.place.required}") @Size(max = 200, message = "{interview.place.size}") String place,
    @NotBlank(message = "{interview.topic.required}") @Size(max = 2000, message = "{interview.topic.size}")
        String topic,
    Long suggestionId) {}
