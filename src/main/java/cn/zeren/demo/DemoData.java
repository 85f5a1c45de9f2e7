package cn.zeren.demo;

import cn.zeren.inspection.PoolKind;
import cn.zeren.organisation.PositionKind;

import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import cn.zeren.security.Role;
import java.util.List;

/**
 * The demo city (示范市): its committee and commission at the root and about thirty units of the kinds of YW-2,
 * plus the demo accounts listed in the README and a scored meeting ready to start. Pure data, read by {@link DemoDataSeeder}.
 */
final class DemoData {
  static final String PASSWORD = "Zeren-demo-2026";
  static final String ROOT_CODE = "SFS";

  record Unit(
      String code,
      String name,
      OrganisationKind kind,
      PartyBodyType partyType,
      String partyName,
      DisciplineBodyType disciplineType,
      String disciplineName) {}

  record Account(String username, String personName, String unitCode, String jobTitle, List<Role> roles) {}

  static final Unit ROOT =
      new Unit(ROOT_CODE, "示范市", OrganisationKind.CITY, PartyBodyType.COMMITTEE, "中共示范市委员会",
          DisciplineBodyType.COMMISSION, "示范市纪委监委");

  static final List<Unit> UNITS =
      List.of(
          township("QSZ", "青山镇"),
          township("BSZ", "白沙镇"),
          township("SQZ", "石桥镇"),
          township("LXZ", "柳溪镇"),
          township("DQZ", "大桥镇"),
          subDistrict("CDJD", "城东街道"),
          subDistrict("CXJD", "城西街道"),
          subDistrict("JBJD", "江滨街道"),
          organ("SWB", "市委办公室", OrganisationKind.PARTY_ORGAN),
          organ("ZZB", "市委组织部", OrganisationKind.PARTY_ORGAN),
          organ("XCB", "市委宣传部", OrganisationKind.PARTY_ORGAN),
          leadingGroup("RDJG", "市人大常委会机关", OrganisationKind.PEOPLES_CONGRESS, 1),
          leadingGroup("ZFB", "市政府办公室", OrganisationKind.GOVERNMENT, 1),
          leadingGroup("FGJ", "市发展和改革局", OrganisationKind.GOVERNMENT, 2),
          leadingGroup("CZJ", "市财政局", OrganisationKind.GOVERNMENT, 2),
          leadingGroup("JYJ", "市教育局", OrganisationKind.GOVERNMENT, 3),
          leadingGroup("WJJ", "市卫生健康局", OrganisationKind.GOVERNMENT, 3),
          leadingGroup("ZRJ", "市自然资源和规划局", OrganisationKind.GOVERNMENT, 4),
          leadingGroup("ZJJ", "市住房和城乡建设局", OrganisationKind.GOVERNMENT, 4),
          leadingGroup("JTJ", "市交通运输局", OrganisationKind.GOVERNMENT, 5),
          leadingGroup("SJJ", "市市场监督管理局", OrganisationKind.GOVERNMENT, 5),
          leadingGroup("ZXJG", "市政协机关", OrganisationKind.CPPCC, 1),
          leadingGroup("FY", "市人民法院", OrganisationKind.COURT, 6),
          leadingGroup("JCY", "市人民检察院", OrganisationKind.PROCURATORATE, 6),
          leadingGroup("ZGH", "市总工会", OrganisationKind.PEOPLES_ORGANISATION, 7),
          leadingGroup("TSW", "共青团示范市委员会", OrganisationKind.PEOPLES_ORGANISATION, 7),
          leadingGroup("FL", "市妇女联合会", OrganisationKind.PEOPLES_ORGANISATION, 7),
          enterprise("GZJT", "市国有资本投资运营集团有限公司", OrganisationKind.STATE_OWNED_ENTERPRISE),
          enterprise("CTJT", "市城市建设投资集团有限公司", OrganisationKind.STATE_OWNED_ENTERPRISE),
          enterprise("YZ", "市第一中学", OrganisationKind.PUBLIC_INSTITUTION),
          enterprise("ZXYY", "市中心医院", OrganisationKind.PUBLIC_INSTITUTION));

  static final List<Account> ACCOUNTS =
      List.of(
          new Account("admin", "周管理", ROOT_CODE, "信息中心工程师", List.of(Role.SYSTEM_ADMIN)),
          new Account("commission", "郑纪明", ROOT_CODE, "市纪委书记、市监委主任", List.of(Role.COMMISSION_LEADER)),
          new Account("reviewer", "吴审核", ROOT_CODE, "市纪委党风政风监督室干部", List.of(Role.COMMISSION_REVIEWER)),
          new Account("clerk1", "陈文书", "QSZ", "青山镇党政办工作人员", List.of(Role.UNIT_CLERK)),
          new Account("leader1", "李青山", "QSZ", "青山镇党委书记", List.of(Role.PRIMARY_LEADER)),
          new Account("clerk2", "赵文秘", "CZJ", "市财政局办公室工作人员", List.of(Role.UNIT_CLERK)),
          new Account("leader2", "钱财政", "CZJ", "市财政局党组书记、局长", List.of(Role.PRIMARY_LEADER)),
          new Account(
              "discipline1", "孙纪检", "QSZ", "青山镇党委委员、纪委书记",
              List.of(Role.DISCIPLINE_HEAD, Role.TEAM_MEMBER)),
          new Account("scorer1", "冯立新", ROOT_CODE, "市纪委常委", List.of(Role.COMMISSION_REVIEWER)),
          new Account("scorer2", "褚文华", ROOT_CODE, "市纪委委员", List.of(Role.COMMISSION_REVIEWER)),
          new Account("scorer3", "卫建平", ROOT_CODE, "市纪委委员", List.of(Role.COMMISSION_REVIEWER)),
          new Account("scorer4", "蒋晓梅", ROOT_CODE, "市纪委委员", List.of(Role.COMMISSION_REVIEWER)),
          new Account(
              "orgdept", "王组织", ROOT_CODE, "市委组织部干部监督科科长", List.of(Role.ORGANISATION_DEPARTMENT)),
          new Account("xcb", "韩巡察", ROOT_CODE, "市委巡察办副主任", List.of(Role.INSPECTION_OFFICE)),
          new Account("xcld", "曹领导", ROOT_CODE, "市委巡察工作领导小组副组长", List.of(Role.INSPECTION_LEADING_GROUP)));

  /**
   * The demo scored meeting (YW-10.2 专题汇报会), not yet started: chaired by {@code commission}, scored by the six
   * commission accounts, hearing these units in this order.
   */
  static final String HEARING_CHAIR = "commission";

  /** The demo interviews (YW-12): leader2 of 市财政局 interviewed next week; 白沙镇's petitions cross a threshold. */
  static final String INTERVIEW_UNIT = "CZJ";
  static final String INTERVIEW_INTERVIEWEE = "leader2";
  static final String SUGGESTION_UNIT = "BSZ";

  static final List<String> HEARING_UNITS = List.of("QSZ", "CZJ", "BSZ", "CDJD");

  /** The unit whose signed lists the demo fills (YW-11): discipline1 signs them, leader1 the division. */
  static final String LISTS_UNIT = "QSZ";

  record Division(String member, String area, String task, String measure) {}

  static final List<Division> DIVISION =
      List.of(
          new Division("李青山", "全面工作", "履行党风廉政建设第一责任人职责", "每季度听取班子成员和下级党组织汇报"),
          new Division("孙纪检", "纪检监察", "协助党委抓好党风廉政建设，履行监督责任", "每半年开展一次专项检查"));

  /** A problem of 青山镇's problem list with its rectification item (deadline relative to today). */
  record Problem(String source, String description, String category, String foundBy, int daysAgo, String measure,
      String responsible, int deadlineInDays, String progress) {}

  static final List<Problem> PROBLEMS =
      List.of(
          new Problem("UPPER_FEEDBACK", "市纪委专题汇报会反馈：镇党委对村级“三资”管理监督不到位，部分村账目公开不及时。",
              "监督执纪", "市纪委监委", 40, "开展村级“三资”专项清理，建立村务公开月度检查制度。", "孙纪检", -5,
              "已完成 12 个村的账目清理，3 个村整改中。"),
          new Problem("DAILY_CHECK", "日常检查发现：镇机关公务用车使用登记不完整。", "作风建设", "镇纪委", 20,
              "完善公务用车使用登记和审批制度，每月公示。", "陈文书", 30, null),
          new Problem("PUBLIC_REPORT", "群众反映：低保评审程序不公开。", "群众身边腐败和作风问题", "市纪委信访室", 10,
              "低保评审全程公示，邀请群众代表参加评议。", "孙纪检", 60, null));

  // ---- inspection (巡察) ----

  static final String TERM_NAME = "中共示范市第八届委员会";
  static final String GROUP_LEADER_ACCOUNT = "xczz";

  /**
   * A person of the demo city put in a pool: the holder of a post of a unit, with the facts avoidance needs. Some
   * facts make avoidance exclude them from a target of the demo rounds (a past post, a native place, a declaration).
   */
  record Candidate(String unitCode, PositionKind kind, PoolKind pool, String nativePlace, String placesWorked,
      String expertise, boolean dispatched, String pastPostUnit, String pastPostTitle, String declaredUnit,
      String declaredRelation) {}

  static final List<Candidate> POOL =
      List.of(
          new Candidate("ZZB", PositionKind.TEAM_MEMBER, PoolKind.LEADER, "示范市白沙镇", null, "组织人事", false,
              null, null, null, null),
          new Candidate("SWB", PositionKind.TEAM_MEMBER, PoolKind.LEADER, "外省某县", "青山镇、柳溪镇", "党务", false,
              null, null, null, null),
          new Candidate("XCB", PositionKind.TEAM_MEMBER, PoolKind.LEADER, "外省某市", null, "宣传", false,
              "CZJ", "财政局副局长", null, null),
          new Candidate("FGJ", PositionKind.TEAM_MEMBER, PoolKind.LEADER, "外省某市", null, "经济", false,
              null, null, "ZJJ", "配偶任职"),
          new Candidate("RDJG", PositionKind.DISCIPLINE_HEAD, PoolKind.LEADER, "外省某市", null, "纪检监察", true,
              null, null, null, null),
          new Candidate("ZXJG", PositionKind.DISCIPLINE_HEAD, PoolKind.LEADER, "外省某市", null, "纪检监察", true,
              null, null, null, null),
          new Candidate("FY", PositionKind.TEAM_MEMBER, PoolKind.TALENT, "外省某市", null, "法律", false,
              null, null, null, null),
          new Candidate("JCY", PositionKind.TEAM_MEMBER, PoolKind.TALENT, "外省某市", null, "检察", false,
              null, null, null, null),
          new Candidate("ZRJ", PositionKind.TEAM_MEMBER, PoolKind.TALENT, "外省某市", null, "自然资源", false,
              null, null, null, null),
          new Candidate("JTJ", PositionKind.TEAM_MEMBER, PoolKind.TALENT, "外省某市", null, "审计", false,
              null, null, null, null));

  /** A demo round: its name, who authorised it, its targets and its number of groups. */
  record Round(String name, String authorisedBy, List<String> targetCodes, int groups) {}

  /** How long the demo rounds last (JDZ-16 asks for at least 20). */
  static final int ROUND_WORKING_DAYS = 25;

  static final Round FINISHED_ROUND =
      new Round("本届第一轮巡察", "市委书记专题会议", List.of("BSZ", "CZJ", "JYJ", "ZGH"), 2);
  static final Round RUNNING_ROUND =
      new Round("本届第二轮巡察", "市委书记专题会议", List.of("QSZ", "ZJJ", "WJJ", "TSW"), 2);

  private DemoData() {}

  private static Unit township(String code, String name) {
    return new Unit(code, name, OrganisationKind.TOWNSHIP, PartyBodyType.COMMITTEE, "中共" + name + "委员会",
        DisciplineBodyType.COMMISSION, "中共" + name + "纪律检查委员会");
  }

  private static Unit subDistrict(String code, String name) {
    return new Unit(code, name, OrganisationKind.TOWNSHIP, PartyBodyType.WORKING_COMMITTEE,
        "中共" + name + "工作委员会", DisciplineBodyType.WORKING_COMMISSION, "中共" + name + "纪律检查工作委员会");
  }

  private static Unit organ(String code, String name, OrganisationKind kind) {
    return new Unit(code, name, kind, PartyBodyType.COMMITTEE, name + "机关党委",
        DisciplineBodyType.INSPECTION_GROUP, name + "机关纪检组");
  }

  private static Unit leadingGroup(String code, String name, OrganisationKind kind, int dispatchedGroup) {
    return new Unit(code, name, kind, PartyBodyType.LEADING_GROUP, name + "党组",
        DisciplineBodyType.DISPATCHED_GROUP, "市纪委监委派驻第" + chineseNumber(dispatchedGroup) + "纪检监察组");
  }

  private static Unit enterprise(String code, String name, OrganisationKind kind) {
    return new Unit(code, name, kind, PartyBodyType.COMMITTEE, "中共" + name + "委员会",
        DisciplineBodyType.COMMISSION, "中共" + name + "纪律检查委员会");
  }

  private static String chineseNumber(int n) {
    return "零一二三四五六七八九".substring(n, n + 1);
  }

  /**
   * A work-ledger record (YW-13.1) of this year, made by the demo account named acting in its first role; skipped
   * while its day (month-day of the current year) is still to come.
   */
  record LedgerEntry(String username, String activityCode, String monthDay, String topic, String minutes) {}

  /** 青山镇's ledger: the start-of-year meeting, the quarterly meetings, a hearing, a warning-education activity. */
  static final List<LedgerEntry> LEDGER =
      List.of(
          new LedgerEntry("clerk1", "START_OF_YEAR_MEETING", "--02-18", "回顾上一年度班子及成员履行主体责任情况",
              "逐一回顾班子和每个成员上一年度履行主体责任情况，查找问题 4 条，提出整改意见并明确责任人和时限。"),
          new LedgerEntry("clerk1", "QUARTERLY_MEETING", "--03-26", "一季度党风廉政建设专题例会",
              "总结分析一季度党风廉政建设和反腐败工作，研究解决村级工程项目监管问题。"),
          new LedgerEntry("leader1", "LEADER_HEARS_REPORTS", "--03-30", "听取各村党组织和班子成员落实主体责任情况汇报",
              "听取 12 个村党组织书记和 2 名班子成员汇报，点评存在问题并提出要求。"),
          new LedgerEntry("discipline1", "WARNING_EDUCATION", "--05-20", "观看警示教育片《蜕变》并开展廉政谈话",
              "组织镇村干部 86 人观看警示教育片，镇纪委书记结合典型案例作警示讲话。"),
          new LedgerEntry("clerk1", "QUARTERLY_MEETING", "--06-24", "二季度党风廉政建设专题例会",
              "通报上半年作风建设检查情况，部署下半年重点工作。"),
          new LedgerEntry("clerk1", "QUARTERLY_MEETING", "--09-25", "三季度党风廉政建设专题例会",
              "分析三季度信访举报情况，研究落实整改措施。"));
}
