package cn.zeren.interview;

import cn.zeren.security.Role;
import java.util.List;

/**
 * A kind of interview (约谈提醒, YW-12): the article it rests on, who may schedule it, who may conduct it and who
 * may be interviewed.
 *
 * @param code stable identifier, e.g. {@code YEARLY_HEADS}
 * @param ruleId the article, e.g. {@code YW-12.2}
 * @param article the article's words the type rests on
 * @param scheduledBy the roles that may put it in the calendar (at the interviewee's unit or above)
 * @param conductedBy the roles of whom may lead the talk and sign the explanation (at the unit or above)
 * @param intervieweeRoles the roles an interviewee must hold at the unit; empty: any person of the unit
 * @param forwarded whether it is a problem report the commission forwards to the unit's committee (YW-12.1)
 * @param yearlyCoverage whether it counts for the yearly interview of each lower-level head (YW-12.2)
 */
public record InterviewType(
    String code,
    String ruleId,
    String title,
    String article,
    List<Role> scheduledBy,
    List<Role> conductedBy,
    List<Role> intervieweeRoles,
    boolean forwarded,
    boolean yearlyCoverage) {}
