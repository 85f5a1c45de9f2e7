package cn.zeren.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What scheduling an interview needs: the type of the rule pack, the interviewee's unit, the interviewing leader and
 * the interviewee, date and time (Beijing), place and topic; the suggestion it answers, if any. A talk already held
 * is recorded with the same form: a time that has come needs its minutes, a time to come refuses them.
 */
public record ScheduleForm(
    @NotBlank(message = "{interview.type.required}") String typeCode,
    @NotNull(message = "{interview.unit.required}") Long organisationId,
    @NotNull(message = "{interview.interviewer.required}") Long interviewerId,
    @NotNull(message = "{interview.interviewee.required}") Long intervieweeId,
    @NotNull(message = "{interview.scheduledAt.required}") LocalDateTime scheduledAt,
    @NotBlank(message = "{interview.place.required}")
        @Size(max = Interview.PLACE_LENGTH, message = "{interview.place.size}")
        String place,
    @NotBlank(message = "{interview.topic.required}")
        @Size(max = Interview.TOPIC_LENGTH, message = "{interview.topic.size}")
        String topic,
    @Size(max = Interview.MINUTES_LENGTH, message = "{interview.minutes.size}") String minutes,
    Long suggestionId) {}
