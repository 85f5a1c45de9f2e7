package cn.zeren.interview;

/** Where an interview stands: scheduled, held (minutes recorded), replied (explanation signed), or cancelled. */
public enum InterviewStatus {
  SCHEDULED,
  HELD,
  REPLIED,
  CANCELLED
}
