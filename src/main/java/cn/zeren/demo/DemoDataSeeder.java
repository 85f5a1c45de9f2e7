package cn.zeren.demo;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseForm;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.hearing.HearingForm;
import cn.zeren.hearing.HearingService;
import cn.zeren.interview.InterviewService;
import cn.zeren.interview.ScheduleForm;
import cn.zeren.lists.ItemFields;
import cn.zeren.lists.ListItem;
import cn.zeren.lists.ListService;
import cn.zeren.lists.RectificationEntry;
import cn.zeren.lists.RectificationService;
import cn.zeren.lists.SignedList;
import cn.zeren.lists.SignedListKind;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.Role;
import cn.zeren.security.RoleHolder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with the demo city, in demo mode only ({@code zeren.demo-data}, on by default for the
 * embedded database and off for MySQL). Idempotent: a database that already has organisations is left alone.
 * Prints the portal's address and the demo accounts when it is done.
 */
@Startup
@Singleton
@DependsOn("ShippedSchedules")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoDataSeeder {
  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
  private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
  private static final String[] GIVEN = "建国,志强,海燕,晓东,丽华,文斌,春梅,国平,小军,红霞,德明,雪松".split(",");

  @PersistenceContext EntityManager em;
  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject HearingService hearings;
  @Inject AccountabilityService accountability;
  @Inject InterviewService interviews;
  @Inject ListService lists;
  @Inject RectificationService rectifications;

  @Inject DemoMode demoMode;

  @Inject
  @ConfigProperty(name = "zeren.base-url", defaultValue = "http://localhost:8080/")
  String baseUrl;

  @PostConstruct
  void seed() {
    if (!demoMode.on()) {
      return;
    }
    if (em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() == 0) {
      ActorContext.runAs(Actor.system(), this::createDemoCity);
      LOG.info("Demo data created: 示范市 with " + DemoData.UNITS.size() + " units");
    }
    printBanner();
  }

  private void createDemoCity() {
    Map<String, Organisation> byCode = new HashMap<>();
    Organisation root = organisations.create(organisation(DemoData.ROOT, 0), null);
    byCode.put(root.getCode(), root);
    team(root, 0);
    int order = 1;
    for (DemoData.Unit unit : DemoData.UNITS) {
      Organisation org = organisations.create(organisation(unit, order * 10), root.getId());
      byCode.put(org.getCode(), org);
      team(org, order++);
    }
    Map<String, Long> accounts = new HashMap<>();
    for (DemoData.Account account : DemoData.ACCOUNTS) {
      Organisation org = byCode.get(account.unitCode());
      Person person = people.create(person(account.personName(), org, account.jobTitle()));
      accounts.put(account.username(), person.getId());
      people.createAccount(person.getId(), account.username(), DemoData.PASSWORD.toCharArray());
      for (Role role : account.roles()) {
        people.assignRole(person.getId(), org.getId(), role);
      }
      if (account.roles().contains(Role.PRIMARY_LEADER)) {
        replacePost(org, person, PositionKind.PRIMARY_LEADER, account.jobTitle(), "全面工作", 1);
      }
      if (account.roles().contains(Role.DISCIPLINE_HEAD) || account.roles().contains(Role.COMMISSION_LEADER)) {
        replacePost(org, person, PositionKind.DISCIPLINE_HEAD, account.jobTitle(), null, 4);
      }
    }
    demoHearing(root, byCode, accounts);
    demoAccountability(byCode);
    demoInterviews(byCode, accounts);
    demoLists(byCode.get(DemoData.LISTS_UNIT));
    em.flush(); // while still acting as the system: the audit trail names who wrote each row
  }

  /** A YW-10.2 hearing of this year, set up and waiting for its chair to start it. */
  private void demoHearing(Organisation root, Map<String, Organisation> byCode, Map<String, Long> accounts) {
    List<Long> scorers =
        hearings.commissionMembers(root.getId()).stream().map(RoleHolder::personId).toList();
    List<HearingForm.Line> items =
        DemoData.HEARING_UNITS.stream()
            .map(byCode::get)
            .map(unit -> new HearingForm.Line(unit.getId(), hearings.defaultSpeaker("HEARING", unit.getId())
                .orElseThrow().getId()))
            .toList();
    int year = LocalDate.now(Deadlines.BEIJING).getYear();
    hearings.create(
        new HearingForm(
            root.getId(), "HEARING", year + "年度主体责任专题汇报会", LocalDateTime.of(year, 3, 20, 9, 30),
            "市纪委监委三楼会议室", accounts.get(DemoData.HEARING_CHAIR), scorers, items));
  }

  /** Three accountability cases (YW-14 … YW-17): two decided, one still establishing its facts. */
  private void demoAccountability(Map<String, Organisation> byCode) {
    AccountabilityCatalogue catalogue = accountability.catalogue();
    LocalDate opened = LocalDate.now(Deadlines.BEIJING).minusDays(60);
    AccountabilityCase team =
        accountability.create(new CaseForm(byCode.get("QSZ").getId(), Body.PARTY_COMMITTEE, Subject.TEAM, null,
            ground(catalogue, Body.PARTY_COMMITTEE, 2), "对市纪委交办的村级工程招投标专项整治事项未安排部署，经督促仍未落实。", Severity.MINOR,
            List.of("WRITTEN_SELF_CRITICISM"), Handler.DISCIPLINE_ORGANISATION, opened));
    accountability.decide(team.getId(), team.getVersion(), opened.plusDays(20));
    Organisation finance = byCode.get("CZJ");
    Person member = postHolder(finance, PositionKind.TEAM_MEMBER);
    accountability.create(new CaseForm(finance.getId(), Body.PARTY_COMMITTEE, Subject.INDIVIDUAL, member.getId(),
        ground(catalogue, Body.PARTY_COMMITTEE, 7), "分管科室负责人违规发放补贴，本人长期疏于监督管理，相关事实正在核实。", Severity.GRAVE,
        List.of("DISCIPLINARY_SANCTION", "TRANSFER"), Handler.JOINT, opened.plusDays(5)));
    Organisation baisha = byCode.get("BSZ");
    Person head = postHolder(baisha, PositionKind.DISCIPLINE_HEAD);
    AccountabilityCase discipline =
        accountability.create(new CaseForm(baisha.getId(), Body.DISCIPLINE_BODY, Subject.INDIVIDUAL, head.getId(),
            ground(catalogue, Body.DISCIPLINE_BODY, 5), "对群众反映的村干部侵占集体资金问题线索压案不查，延误处置。", Severity.SERIOUS,
            List.of("CIRCULATED_CRITICISM"), Handler.DISCIPLINE_ORGANISATION, opened.plusDays(2)));
    accountability.decide(discipline.getId(), discipline.getVersion(), opened.plusDays(30));
  }

  /** The n-th ground (from 1) of a side in the pack's catalogue, as a case cites it (Yiwu's: YW-14.n, YW-15.n). */
  private static List<String> ground(AccountabilityCatalogue catalogue, Body body, int n) {
    return List.of(catalogue.groundsOf(body).get(n - 1).ruleId());
  }

  private Person postHolder(Organisation org, PositionKind kind) {
    return people.positionsOf(org.getId()).stream()
        .filter(p -> p.isActive() && p.getKind() == kind)
        .map(Position::getPerson)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Interviews (YW-12): the commission head's yearly interview of 市财政局's primary leader next week, and figures of
   * 白沙镇 whose petitions cross the rule pack's threshold, so that a suggested interview waits in the queue.
   */
  private void demoInterviews(Map<String, Organisation> byCode, Map<String, Long> accounts) {
    Organisation czj = byCode.get(DemoData.INTERVIEW_UNIT);
    LocalDateTime nextWeek = LocalDate.now(Deadlines.BEIJING).plusDays(7).atTime(10, 0);
    interviews.schedule(new ScheduleForm("YEARLY_HEADS", czj.getId(), accounts.get("commission"),
        accounts.get(DemoData.INTERVIEW_INTERVIEWEE), nextWeek, "市纪委监委二楼谈话室", "了解履行“两个责任”情况", null,
        null));
    Organisation bsz = byCode.get(DemoData.SUGGESTION_UNIT);
    interviews.recordFigures(bsz.getId(), nextWeek.getYear(), null, 2, 14, 1, new java.math.BigDecimal("86.50"));
  }

  /**
   * 青山镇's signed lists of this year, not yet signed (discipline1 signs the problem and rectification lists,
   * leader1 the division): the responsibility list from the pack's template, a problem list with upper-level
   * feedback among its problems, and a rectification list answering them — one item already past its deadline.
   */
  private void demoLists(Organisation unit) {
    LocalDate today = LocalDate.now(Deadlines.BEIJING);
    int year = today.getYear();
    lists.create(SignedListKind.RESPONSIBILITY, unit.getId(), year);
    SignedList division = lists.create(SignedListKind.DIVISION, unit.getId(), year);
    for (DemoData.Division d : DemoData.DIVISION) {
      lists.addItem(division.getId(), ItemFields.division(d.member(), d.area(), d.task(), d.measure()));
    }
    SignedList problems = lists.create(SignedListKind.PROBLEM, unit.getId(), year);
    SignedList rectification = lists.create(SignedListKind.RECTIFICATION, unit.getId(), year);
    for (DemoData.Problem p : DemoData.PROBLEMS) {
      LocalDate found = today.minusDays(p.daysAgo()).getYear() == year ? today.minusDays(p.daysAgo())
          : LocalDate.of(year, 1, 1);
      ListItem problem = lists.addItem(problems.getId(),
          ItemFields.problem(p.source(), p.description(), p.category(), null, found, p.foundBy()));
      ListItem item = lists.addItem(rectification.getId(), ItemFields.rectification(problem.getItemKey(),
          p.measure(), p.responsible(), today.plusDays(p.deadlineInDays())));
      if (p.progress() != null) {
        rectifications.addEntry(rectification.getId(), item.getItemKey(), RectificationEntry.Kind.PROGRESS, today,
            p.progress(), null, null);
      }
    }
  }

  /** The demo people named in the README take over the generated holder of their post. */
  private void replacePost(
      Organisation org, Person holder, PositionKind kind, String title, String areas, int order) {
    for (Position p : people.positionsOf(org.getId())) {
      if (p.getKind() == kind && p.isActive()) {
        people.endPosition(p.getId(), p.getVersion());
      }
    }
    people.addPosition(position(org, holder, kind, title, areas, order));
  }

  private void team(Organisation org, int seed) {
    boolean leadingGroup = org.getPartyBodyType() == cn.zeren.organisation.PartyBodyType.LEADING_GROUP;
    String secretary = leadingGroup ? "党组书记" : "党委书记";
    add(org, seed, 0, PositionKind.PRIMARY_LEADER, secretary, "全面工作", 1);
    add(org, seed, 1, PositionKind.TEAM_MEMBER, leadingGroup ? "党组副书记" : "党委副书记", "党建、宣传、统战", 2);
    add(org, seed, 2, PositionKind.TEAM_MEMBER, leadingGroup ? "党组成员" : "党委委员", "财务、审计、基本建设", 3);
    add(org, seed, 3, PositionKind.DISCIPLINE_HEAD, "纪检负责人", null, 4);
  }

  private void add(
      Organisation org, int seed, int index, PositionKind kind, String title, String areas, int order) {
    String name = SURNAMES[(seed * 3 + index) % SURNAMES.length] + GIVEN[(seed + index * 5) % GIVEN.length];
    Person person = people.create(person(name, org, title));
    people.addPosition(position(org, person, kind, title, areas, order));
  }

  private static Organisation organisation(DemoData.Unit unit, int order) {
    Organisation org = new Organisation();
    org.setCode(unit.code());
    org.setName(unit.name());
    org.setKind(unit.kind());
    org.setSortOrder(order);
    org.setPartyBodyType(unit.partyType());
    org.setPartyBodyName(unit.partyName());
    org.setDisciplineBodyType(unit.disciplineType());
    org.setDisciplineBodyName(unit.disciplineName());
    return org;
  }

  private static Person person(String name, Organisation org, String jobTitle) {
    Person person = new Person();
    person.setName(name);
    person.setOrganisation(org);
    person.setJobTitle(jobTitle);
    return person;
  }

  private static Position position(
      Organisation org, Person person, PositionKind kind, String title, String areas, int order) {
    Position position = new Position();
    position.setOrganisation(org);
    position.setPerson(person);
    position.setKind(kind);
    position.setTitle(title);
    position.setAreasInCharge(areas);
    position.setSortOrder(order);
    return position;
  }

  private void printBanner() {
    StringBuilder banner = new StringBuilder("\n\n==== Zeren 责任 门户已启动: ").append(baseUrl).append(" ====\n");
    banner.append("演示账号 (密码均为 ").append(DemoData.PASSWORD).append("):\n");
    for (DemoData.Account account : DemoData.ACCOUNTS) {
      banner.append(String.format("  %-12s %s（%s）%n", account.username(), account.personName(), account.jobTitle()));
    }
    LOG.info(banner.toString());
  }
}
