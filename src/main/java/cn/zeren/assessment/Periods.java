package cn.zeren.assessment;

import java.util.List;

/** The Chinese name of an obligation period key (2026, 2026-H1, 2026-Q3, 2026-M03) for a score item's reason. */
final class Periods {
  private static final List<String> NUMBERS = List.of("一", "二", "三", "四");

  private Periods() {}

  static String label(String periodKey) {
    if (periodKey == null) {
      return "";
    }
    int dash = periodKey.indexOf('-');
    if (dash < 0) {
      return periodKey + "年";
    }
    String year = periodKey.substring(0, dash);
    String part = periodKey.substring(dash + 1);
    return switch (part.charAt(0)) {
      case 'H' -> year + "年" + (part.equals("H1") ? "上半年" : "下半年");
      case 'Q' -> year + "年第" + NUMBERS.get(Integer.parseInt(part.substring(1)) - 1) + "季度";
      case 'M' -> year + "年" + Integer.parseInt(part.substring(1)) + "月";
      default -> periodKey;
    };
  }
}
