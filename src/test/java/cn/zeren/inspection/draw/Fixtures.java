package cn.zeren.inspection.draw;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The small county of the tests (示范市) and the worked example of docs/draw.md: 青山镇 (100) with its 财政所 (101) and
 * 农业服务中心 (102), 市住建局 (200, no territory of its own) and 白水乡 (300, "示范市白水乡").
 */
final class Fixtures {
  static final LocalDate DRAW_DATE = LocalDate.of(2025, 3, 3);
  static final DrawTarget QINGSHAN = new DrawTarget(100, "青山镇", "青山镇", Set.of(100L, 101L, 102L));
  static final DrawTarget HOUSING = new DrawTarget(200, "市住建局", null, Set.of(200L));
  static final DrawTarget BAISHUI = new DrawTarget(300, "白水乡", "示范市白水乡", Set.of(300L));

  /** The three kinds of JDZ-13 without a time limit. */
  static final List<AvoidanceRule> JDZ_13 = List.of(
      new AvoidanceRule("JDZ-13", AvoidanceKind.TENURE, null),
      new AvoidanceRule("JDZ-13", AvoidanceKind.REGION, null),
      new AvoidanceRule("JDZ-13", AvoidanceKind.OFFICIAL, null));

  /** The server seed of the worked example: the bytes 0x00 to 0x1f. */
  static final String EXAMPLE_SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
  static final String EXAMPLE_WITNESS = "二〇二五年三月三日上午 巡察办张三";

  private Fixtures() {}

  static Candidate person(long id, String name) {
    return new Candidate(id, name, List.of(), null, List.of(), List.of());
  }

  static Candidate withPost(long id, String name, Tenure post) {
    return new Candidate(id, name, List.of(post), null, List.of(), List.of());
  }

  static Candidate withPlaces(long id, String name, String nativePlace, List<String> placesWorked) {
    return new Candidate(id, name, List.of(), nativePlace, placesWorked, List.of());
  }

  static Candidate withDeclaration(long id, String name, Declaration declaration) {
    return new Candidate(id, name, List.of(), null, List.of(), List.of(declaration));
  }

  static GroupSlot group(String key, String name, Long... targetIds) {
    return new GroupSlot(key, name, List.of(targetIds));
  }

  /** The worked example of docs/draw.md: two groups, three targets dealt by the lot, one member per group. */
  static DrawInput example() {
    Candidate zhao = person(3, "赵敏");
    return new DrawInput(
        DRAW_DATE,
        JDZ_13,
        List.of(group("G1", "第一巡察组"), group("G2", "第二巡察组")),
        List.of(QINGSHAN, HOUSING, BAISHUI),
        List.of(
            withPost(1, "王立新", new Tenure(101, "青山镇财政所", "所长", LocalDate.of(2018, 1, 1),
                LocalDate.of(2021, 12, 31))),
            withPlaces(2, "李红", "示范市白水乡", List.of()),
            zhao,
            withDeclaration(4, "陈刚", new Declaration(200, "市住建局", "配偶", "任办公室主任"))),
        List.of(
            zhao,
            withPlaces(11, "孙悦", null, List.of("示范市 青山镇")),
            person(12, "周宁"),
            withPost(13, "吴凡", new Tenure(200, "市住建局", "科员", LocalDate.of(2023, 7, 1), null))),
        1,
        true);
  }
}
