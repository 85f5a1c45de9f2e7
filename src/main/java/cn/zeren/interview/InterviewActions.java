package cn.zeren.interview;

/**
 * What the acting person may do with one interview now.
 *
 * @param recordMinutes record the talk (the interviewing leader or the scheduler, while scheduled)
 * @param cancel cancel it (the scheduler, while scheduled)
 * @param explain write or correct the explanation (the interviewee, after the talk, until signed)
 * @param sign sign the explanation (the interviewing leader, once written)
 */
public record InterviewActions(boolean recordMinutes, boolean cancel, boolean explain, boolean sign) {}
