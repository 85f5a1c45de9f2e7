package cn.zeren.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.rules.Owner;
import cn.zeren.rules.RulePackException;
import cn.zeren.rules.RulePackReader;
import cn.zeren.rules.RulePackReaderTest;
import cn.zeren.rules.TestSections;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 item 4: who carries each owner's obligations comes from the pack's {@code owners}, no longer from a map in
 * {@code ObligationService}; Yiwu's pack says what the code said, and a faulty {@code owners} is refused.
 */
class OwnerRolesSectionTest {
  /** The map ObligationService held before it moved to the pack. */
  private static final Map<Owner, Set<Role>> BEFORE = Map.of(
      Owner.COMMITTEE, EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER),
      Owner.PRIMARY_LEADER, EnumSet.of(Role.PRIMARY_LEADER, Role.UNIT_CLERK),
      Owner.TEAM_MEMBER, EnumSet.of(Role.TEAM_MEMBER),
      Owner.DISCIPLINE_ORGANISATION, EnumSet.of(Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF),
      Owner.COMMISSION, EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  @ParameterizedTest(name = "{0}")
  @CsvSource({"COMMITTEE", "PRIMARY_LEADER", "TEAM_MEMBER", "DISCIPLINE_ORGANISATION", "COMMISSION"})
  void yiwusPackCarriesEachOwnerAsTheCodeDid(Owner owner) {
    OwnerRoles roles = RulePackReaderTest.shipped().section(OwnerRoles.class);
    assertEquals(BEFORE.get(owner), roles.carriedBy(owner));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "an owner missing  | {\"COMMITTEE\": [\"UNIT_CLERK\"]}                                | 缺少 PRIMARY_LEADER",
    "an unknown owner  | {\"MAYOR\": [\"UNIT_CLERK\"]}                                    | 责任主体 MAYOR：未知的责任主体",
    "an unknown role   | {\"COMMITTEE\": [\"SECRETARY\"]}                                 | COMMITTEE“SECRETARY”未知",
    "no role           | {\"COMMITTEE\": []}                                              | 缺少角色 COMMITTEE",
    "not an object     | [\"COMMITTEE\"]                                                  | owners 应为对象"})
  void aFaultyOwnersIsRefused(String fault, String owners, String expected) {
    String json = "{\"id\": \"t\", \"version\": \"1\", \"title\": \"t\", \"obligations\": [], \"owners\": " + owners + "}";
    RulePackException e =
        assertThrows(RulePackException.class, () -> RulePackReader.read(json, "t.json", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), fault + ": " + e.getProblems());
  }
}
