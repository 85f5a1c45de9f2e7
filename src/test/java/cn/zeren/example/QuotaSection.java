package cn.zeren.example;

import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only context's section (never shipped): {@code exampleQuotas}, a list of quotas each citing its article,
 * none over 100% — written as a new context would write its own, touching nothing in {@code cn.zeren.rules}.
 */
public class QuotaSection implements RuleSection<QuotaSection.Quotas> {

  /** The section's value. */
  public record Quotas(List<Quota> all) {}

  /** One quota: at most {@code percent} of a pool may be graded so (e.g. 优秀 ≤ 30%). */
  public record Quota(String code, String ruleId, BigDecimal percent) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public Class<Quotas> type() {
    return Quotas.class;
  }

  @Override
  public List<String> keys() {
    return List.of("exampleQuotas");
  }

  @Override
  public Quotas read(PackReading reading) {
    List<Quota> quotas = new ArrayList<>();
    reading.forEach("exampleQuotas", "示例配额", (o, at) -> {
      String code = reading.code(o, at);
      String ruleId = reading.articleId(o, at);
      BigDecimal percent = reading.decimal(o, "percent", at);
      if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
        reading.problem(at + "比例 percent 应在 0 到 100 之间");
      }
      quotas.add(new Quota(code, ruleId, percent));
    });
    return new Quotas(List.copyOf(quotas));
  }
}
