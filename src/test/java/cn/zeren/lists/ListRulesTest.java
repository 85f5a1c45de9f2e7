package cn.zeren.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zeren.platform.DomainException;
import cn.zeren.rules.RulePackReaderTest;
import cn.zeren.security.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the signed lists that need no server: who signs (YW-11.3), what an item needs, overdue, write-off. */
class ListRulesTest {
  private static final SignedLists PACK = RulePackReaderTest.shipped().section(SignedLists.class);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final long UNIT = 7L;
  private static final long PARENT = 1L;

  @ParameterizedTest(name = "YW-11.3: {0} of a {1} list, acting as {2} at {3} → {4}")
  @CsvSource({
    "RESPONSIBILITY, UNIT, DISCIPLINE_HEAD, SAME, true",
    "PROBLEM, UNIT, DISCIPLINE_HEAD, SAME, true",
    "RECTIFICATION, UNIT, DISCIPLINE_HEAD, SAME, true",
    "DIVISION, UNIT, PRIMARY_LEADER, SAME, true",
    "PROBLEM, UNIT, PRIMARY_LEADER, SAME, false",
    "DIVISION, UNIT, DISCIPLINE_HEAD, SAME, false",
    "PROBLEM, UNIT, DISCIPLINE_HEAD, ANCESTOR, false",
    "PROBLEM, UNIT, DISCIPLINE_HEAD, OTHER_UNIT, false",
    "PROBLEM, UNIT, UNIT_CLERK, SAME, false",
    "PROBLEM, UNIT, DISCIPLINE_STAFF, SAME, false",
    "PROBLEM, UNIT, COMMISSION_LEADER, ANCESTOR, false",
    "RECTIFICATION, UNIT, COMMISSION_REVIEWER, ANCESTOR, false",
    "PROBLEM, ROOT, COMMISSION_LEADER, SAME, true",
    "RESPONSIBILITY, ROOT, COMMISSION_LEADER, SAME, true",
    "PROBLEM, ROOT, DISCIPLINE_HEAD, SAME, false",
    "DIVISION, ROOT, PRIMARY_LEADER, SAME, true",
    "DIVISION, ROOT, COMMISSION_LEADER, SAME, false"
  })
  void onlyTheSignerRoleOfThePackHeldAtTheListsOwnOrganisationSigns(
      SignedListKind kind, String level, Role role, String where, boolean expected) {
    SignedListRule rule = PACK.rule(kind).orElseThrow();
    long actingAt = switch (where) {
      case "SAME" -> UNIT;
      case "ANCESTOR" -> PARENT;
      default -> 99L;
    };
    assertEquals(expected, ListRules.maySign(rule, "ROOT".equals(level), UNIT, role, actingAt));
  }

  @Test
  void nobodyWithoutARoleSigns() {
    SignedListRule rule = PACK.rule(SignedListKind.PROBLEM).orElseThrow();
    assertEquals(false, ListRules.maySign(rule, false, UNIT, null, UNIT));
    assertEquals(false, ListRules.maySign(rule, false, UNIT, Role.DISCIPLINE_HEAD, null));
  }

  @ParameterizedTest(name = "{0}: {1} is required")
  @CsvSource({
    "RESPONSIBILITY, task", "RESPONSIBILITY, measure", "RESPONSIBILITY, ownerName",
    "DIVISION, ownerName", "DIVISION, area", "DIVISION, task",
    "PROBLEM, sourceCode", "PROBLEM, description", "PROBLEM, category", "PROBLEM, foundOn", "PROBLEM, foundBy",
    "RECTIFICATION, problemKey", "RECTIFICATION, measure", "RECTIFICATION, ownerName", "RECTIFICATION, deadline"
  })
  void everyRequiredFieldOfAKindIsNamedWhenMissing(SignedListKind kind, String field) {
    ItemFields complete = complete(kind);
    ItemFields without = without(complete, field);
    DomainException refusal =
        assertThrows(DomainException.class, () -> ListRules.normalise(kind, without, PACK, TODAY));
    assertEquals(field, refusal.getField());
    assertEquals("list.item.required", refusal.getKey());
  }

  @Test
  void fieldsAKindDoesNotUseAreClearedAndTextIsStripped() {
    ItemFields raw = new ItemFields("  任务 ", "措施", "张三", "不用的领域", "佐证", "DAILY_CHECK", "描述", "类别", null,
        TODAY, "纪委", "P1", TODAY);
    ItemFields clean = ListRules.normalise(SignedListKind.RESPONSIBILITY, raw, PACK, TODAY);
    assertEquals("任务", clean.task());
    assertNull(clean.area());
    assertNull(clean.sourceCode());
    assertNull(clean.deadline());
  }

  @Test
  void aProblemsSourceMustBeInThePacksCatalogueAndItsDateNotInTheFuture() {
    ItemFields unknown = ItemFields.problem("HEARSAY", "描述", "作风", null, TODAY, "市纪委");
    assertEquals("sourceCode", assertThrows(DomainException.class,
        () -> ListRules.normalise(SignedListKind.PROBLEM, unknown, PACK, TODAY)).getField());
    ItemFields tomorrow = ItemFields.problem("UPPER_FEEDBACK", "描述", "作风", null, TODAY.plusDays(1), "市纪委");
    assertEquals("foundOn", assertThrows(DomainException.class,
        () -> ListRules.normalise(SignedListKind.PROBLEM, tomorrow, PACK, TODAY)).getField());
  }

  @Test
  void aTooLongTextIsRefusedOnItsField() {
    ItemFields raw = ItemFields.responsibility("任".repeat(501), "措施", "张三", null);
    DomainException refusal = assertThrows(DomainException.class,
        () -> ListRules.normalise(SignedListKind.RESPONSIBILITY, raw, PACK, TODAY));
    assertEquals("task", refusal.getField());
    assertEquals("list.item.tooLong", refusal.getKey());
  }

  @ParameterizedTest(name = "deadline {0}, closed {1}, today 2026-12-01 → overdue {2}")
  @CsvSource({
    "2026-11-30, false, true",
    "2026-12-01, false, false",
    "2026-12-02, false, false",
    "2026-11-30, true, false",
    ", false, false"
  })
  void aRectificationItemIsOverdueFromTheDayAfterItsDeadlineUntilWrittenOff(
      LocalDate deadline, boolean closed, boolean expected) {
    assertEquals(expected, ListRules.overdue(deadline, closed, TODAY));
  }

  @ParameterizedTest(name = "YW-11.2: requested by {0}, decided by {1} → {2}")
  @CsvSource({"5, 6, true", "5, 5, false", ", 6, true", "5, , true"})
  void aWriteOffIsDecidedByAnotherHandThanTheOneWhoAskedForIt(Long requester, Long decider, boolean expected) {
    assertEquals(expected, ListRules.mayDecideClosing(requester, decider));
  }

  @Test
  void itemKeysCarryTheKindsLetter() {
    assertEquals("R", ListRules.keyPrefix(SignedListKind.RESPONSIBILITY));
    assertEquals("D", ListRules.keyPrefix(SignedListKind.DIVISION));
    assertEquals("P", ListRules.keyPrefix(SignedListKind.PROBLEM));
    assertEquals("Z", ListRules.keyPrefix(SignedListKind.RECTIFICATION));
  }

  private static ItemFields complete(SignedListKind kind) {
    return switch (kind) {
      case RESPONSIBILITY -> ItemFields.responsibility("任务", "措施", "张三", "纪要");
      case DIVISION -> ItemFields.division("李四", "财务", "任务", null);
      case PROBLEM -> ItemFields.problem("UPPER_FEEDBACK", "描述", "作风", null, TODAY, "市纪委");
      case RECTIFICATION -> ItemFields.rectification("P1", "整改措施", "王五", TODAY);
    };
  }

  private static ItemFields without(ItemFields f, String field) {
    return new ItemFields(
        field.equals("task") ? " " : f.task(),
        field.equals("measure") ? null : f.measure(),
        field.equals("ownerName") ? "" : f.ownerName(),
        field.equals("area") ? null : f.area(),
        f.expectedEvidence(),
        field.equals("sourceCode") ? null : f.sourceCode(),
        field.equals("description") ? null : f.description(),
        field.equals("category") ? null : f.category(),
        f.responsibilityItem(),
        field.equals("foundOn") ? null : f.foundOn(),
        field.equals("foundBy") ? null : f.foundBy(),
        field.equals("problemKey") ? null : f.problemKey(),
        field.equals("deadline") ? null : f.deadline());
  }
}
