package cn.zeren.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, and in which roles. Every service method that reads or writes an organisation's data
 * names its action and asks {@link AccessPolicy}; the organisation must also lie in the subtree of the acting
 * organisation.
 */
public enum Action {
  ORGANISATION_VIEW(EnumSet.allOf(Role.class)),
  ORGANISATION_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN)),
  PERSON_VIEW(EnumSet.allOf(Role.class)),
  PERSON_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN)),
  AUDIT_VIEW(EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Choose which pack of a variant group is in force (规则包可替换组, issue 14). */
  RULES_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN)),
  /** Load or replace a year's official holiday schedule. */
  CALENDAR_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN)),
  /** See the obligations of an organisation (every role, within its subtree). */
  OBLIGATION_VIEW(EnumSet.allOf(Role.class)),
  /** Record what fulfils an obligation of one's unit (reports, meeting records ... of later contexts). */
  OBLIGATION_FULFIL(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** See the obligations of every unit in the subtree (compliance matrix, overdue lists). */
  OBLIGATION_OVERSEE(
      EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
          Role.DISPATCHED_GROUP_LEADER)),
  /** Generate a year's obligation instances from the rule pack. */
  OBLIGATION_GENERATE(EnumSet.of(Role.SYSTEM_ADMIN)),
  /** Waive an obligation instance with a recorded reason. */
  OBLIGATION_WAIVE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),

  // ---- reports (报告, YW-9.1, YW-10.1, YW-10.3): the report type of the rule pack narrows each further ----
  /** Read a report of one's unit or subtree (the type's drafters, approver and reviewers only). */
  REPORT_VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** Draft, edit and hand in a report of one's own unit (the roles that carry the report's obligation). */
  REPORT_DRAFT(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
  /** Approve a draft of one's own unit for submission, or send it back (the type's approving role). */
  REPORT_APPROVE(EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISPATCHED_GROUP_LEADER)),
  /** Review submissions of the subtree: return with a comment or accept (the type's reviewing roles). */
  REPORT_REVIEW(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
  /** See the subtree's overdue and late reports. */
  REPORT_OVERSEE(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
          Role.DISPATCHED_GROUP_LEADER)),

  // ---- Scored meetings (评议会议: YW-10.2 专题汇报会, YW-10.4 述职会议), package cn.zeren.hearing ----
  /** See the commission's scored meetings with every score and result (never a unit's own roles). */
  HEARING_VIEW(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Set up a meeting; its chair also starts it, closes items and closes it. */
  HEARING_MANAGE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Give one's own score at a meeting one is a scorer of. */
  HEARING_SCORE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  // ---- Accountability (责任追究, YW-14 … YW-17), package cn.zeren.accountability: who was disciplined is sensitive,
  // so never a unit's own clerk or leaders; the service also keeps a case from its subject and a discipline-side case
  // from the unit's own discipline organisation ----
  /** Read cases and statistics of the subtree. */
  ACCOUNTABILITY_VIEW(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF, Role.ORGANISATION_DEPARTMENT)),
  /** Record, edit and decide a case and attach its decision (the organisation department: the cases it handles). */
  ACCOUNTABILITY_MANAGE(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
          Role.DISPATCHED_GROUP_LEADER, Role.ORGANISATION_DEPARTMENT)),

  // ---- Signed lists (签字背书, YW-11), package cn.zeren.lists: the rule pack narrows each kind further ----
  /** Read the signed lists of one's unit or subtree, their versions and signatures. */
  LIST_VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** Create a list and edit the items of its unsigned version (the kind's editor roles of the pack). */
  LIST_EDIT(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Sign a list version (YW-11.3): only the kind's signer role held at the list's own organisation. */
  LIST_SIGN(EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER)),
  /** Record a rectification plan or progress entry and ask for an item's write-off (销账). */
  RECTIFICATION_UPDATE(EnumSet.of(Role.UNIT_CLERK, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
  /** Approve or reject the write-off of a rectification item (the discipline organisation, or the commission). */
  RECTIFICATION_APPROVE(EnumSet.of(Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),

  // ---- Signatures (签字背书, YW-11.3), package cn.zeren.signature: no action of their own — who may sign and who
  // may read a signature, its verification and its package is the signed subject's own rule (SignedContentSource) ----
  // ---- Work ledger (工作台账, YW-13.1), package cn.zeren.ledger: the record's obligation rule narrows who records ----
  /** Read the ledger records of one's unit or subtree. */
  LEDGER_VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** Record an activity of one's own unit, edit it and attach files (the roles carrying the rule's obligation). */
  LEDGER_RECORD(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  // ---- Interviews (约谈提醒, YW-12), package cn.zeren.interview: the interview type of the rule pack narrows each ----
  /** See the subtree's interviews, record the figures per unit and year, the suggested interviews and coverage. */
  INTERVIEW_OVERSEE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Schedule an interview of a unit in one's subtree (the type's scheduling roles). */
  INTERVIEW_SCHEDULE(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER,
          Role.DISCIPLINE_HEAD, Role.UNIT_CLERK)),
  /** Write one's own explanation after one's own interview (the interviewee alone). */
  INTERVIEW_EXPLAIN(EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN))),
  /** Record the minutes of and sign the explanation of an interview one leads (the type's conducting roles). */
  INTERVIEW_CONDUCT(
      EnumSet.of(Role.COMMISSION_LEADER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD)),
  // ---- Assessment (考核评价, YW-13.2, YW-13.3), package cn.zeren.assessment: the publication scope narrows the view ----
  /** Draw up and edit the year's indicator set while draft, compute the results, read every unit's breakdown. */
  ASSESSMENT_MANAGE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Enter a manual score or adjustment with its justification. */
  ASSESSMENT_SCORE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Publish (lock) the indicator set, and publish the results to a scope (YW-13.3). */
  ASSESSMENT_PUBLISH(EnumSet.of(Role.COMMISSION_LEADER)),
  /** See published results as far as their scope reaches: one's own unit, or the city's ranking. */
  ASSESSMENT_RESULT_VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  // ---- Dashboard (监督看板, issue 7), package cn.zeren.dashboard: figures of every unit of the subtree, accountability
  // included, so the commission's alone (not the administrator, who keeps the portal running but judges no unit) ----
  /** See the commission's dashboard of a subtree, drill down to its items and export its tables. */
  DASHBOARD_VIEW(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  Action(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  public boolean allows(Role role) {
    return role != null && roles.contains(role);
  }
}
