package cn.zeren.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.calendar.DeadlinesTest;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.ShippedPacks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: moving the rule pack's sections into their contexts, and composing the shipped packs (YW with either
 * inspection variant), changes no generated deadline. Every periodic rule in force, every period of 2025 and 2026,
 * its due date on the shipped working-day calendar — the same as {@code golden/yw-deadlines-2025-2026.txt}, written
 * by this test on the code before the move (1daa901). Set {@code -Dzeren.golden.write=DIR} to write the file anew
 * after a deliberate change of the pack.
 */
class GoldenDeadlinesTest {
  private static final String GOLDEN = "/golden/yw-deadlines-2025-2026.txt";

  static List<String> variants() {
    return ShippedPacks.packSet().options("inspection").stream().map(RulePack::id).toList();
  }

  @ParameterizedTest(name = "inspection by {0}")
  @MethodSource("variants")
  void theShippedPacksDeadlinesOf2025And2026AreThoseOfTheGoldenFile(String inspection) throws IOException {
    Regulation regulation = ShippedPacks.packSet().compose(Map.of("inspection", inspection));
    List<String> lines = new ArrayList<>();
    for (int year = 2025; year <= 2026; year++) {
      for (ObligationRule rule : regulation.periodic()) {
        for (ObligationPeriod period : ObligationPeriod.of(year, rule.frequency())) {
          lines.add(rule.ruleId() + " " + rule.owner() + " " + rule.scope() + " " + period.key() + " "
              + DueDates.dueDate(rule.due(), period, DeadlinesTest.SHIPPED) + " x" + rule.minimumCount());
        }
      }
    }
    String actual = String.join("\n", lines) + "\n";
    String target = System.getProperty("zeren.golden.write");
    if (target != null) {
      Files.writeString(Path.of(target, "yw-deadlines-2025-2026.txt"), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = GoldenDeadlinesTest.class.getResourceAsStream(GOLDEN)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
    }
  }
}
