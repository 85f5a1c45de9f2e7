package cn.zeren.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.platform.DomainException;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.rules.RulePackReaderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped catalogue checked against the seed's articles 14–17 (义乌细则第十四条至第十七条), written out here
 * independently of the pack: every subject × severity × outcome of YW-16, the grounds of each side (YW-14.x Party
 * committee, YW-15.x discipline organisation) and the handling bodies of YW-17.
 */
class CaseRulesTest {
  private static final AccountabilityCatalogue CATALOGUE = RulePackReaderTest.shipped().section(AccountabilityCatalogue.class);
  private static final CaseRules RULES = new CaseRules(CATALOGUE);

  private static final List<String> OUTCOMES =
      List.of("WRITTEN_SELF_CRITICISM", "CIRCULATED_CRITICISM", "REORGANISATION", "CRITICISM_EDUCATION",
          "ADMONISHMENT_TALK", "DISCIPLINARY_SANCTION", "TRANSFER", "ORDERED_RESIGNATION", "DISMISSAL", "DEMOTION",
          "JUDICIAL_TRANSFER");

  /**
   * 第十六条: 班子 — 较轻 书面检查, 较重 通报批评, 严重 调整处理; 成员 — 较轻 批评教育、诫勉谈话、书面检查, 较重 通报批评,
   * 严重 党纪政纪处分或调整职务、责令辞职、免职、降职; 涉嫌犯罪的移送司法机关 (second paragraph: members only).
   */
  private static final Map<Subject, Map<Severity, Set<String>>> SEED =
      Map.of(
          Subject.TEAM,
          Map.of(
              Severity.MINOR, Set.of("WRITTEN_SELF_CRITICISM"),
              Severity.SERIOUS, Set.of("CIRCULATED_CRITICISM"),
              Severity.GRAVE, Set.of("REORGANISATION")),
          Subject.INDIVIDUAL,
          Map.of(
              Severity.MINOR,
              Set.of("CRITICISM_EDUCATION", "ADMONISHMENT_TALK", "WRITTEN_SELF_CRITICISM", "JUDICIAL_TRANSFER"),
              Severity.SERIOUS, Set.of("CIRCULATED_CRITICISM", "JUDICIAL_TRANSFER"),
              Severity.GRAVE,
              Set.of("DISCIPLINARY_SANCTION", "TRANSFER", "ORDERED_RESIGNATION", "DISMISSAL", "DEMOTION",
                  "JUDICIAL_TRANSFER")));

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (Subject subject : Subject.values()) {
      for (Severity severity : Severity.values()) {
        for (String outcome : OUTCOMES) {
          all.add(Arguments.of(subject, severity, outcome, SEED.get(subject).get(severity).contains(outcome)));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "YW-16: {0} × {1} × {2} → allowed {3}")
  @MethodSource("everyCombination")
  void everySubjectSeverityAndOutcomeFollowsYw16(
      Subject subject, Severity severity, String outcome, boolean allowed) {
    if (allowed) {
      RULES.checkOutcomes(subject, severity, List.of(outcome));
      return;
    }
    DomainException refused =
        assertThrows(DomainException.class, () -> RULES.checkOutcomes(subject, severity, List.of(outcome)));
    assertEquals("YW-16", refused.getRuleId());
    assertEquals("outcomes", refused.getField());
    assertTrue(refused.getMessage().startsWith("依据 YW-16（第十六条）"), refused.getMessage());
  }

  @Test
  void theMatrixCoversExactlyTheSixtySixCombinations() {
    assertEquals(66, everyCombination().count());
    for (Subject subject : Subject.values()) {
      for (Severity severity : Severity.values()) {
        assertEquals(SEED.get(subject).get(severity), CATALOGUE.allowed(subject, severity), subject + " " + severity);
      }
    }
  }

  @Test
  void outcomesOfOneCellCombineButOneOutsideSpoilsTheCombination() {
    RULES.checkOutcomes(Subject.INDIVIDUAL, Severity.GRAVE, List.of("DISCIPLINARY_SANCTION", "TRANSFER",
        "JUDICIAL_TRANSFER"));
    RULES.checkOutcomes(Subject.INDIVIDUAL, Severity.MINOR, List.of("CRITICISM_EDUCATION", "ADMONISHMENT_TALK",
        "WRITTEN_SELF_CRITICISM"));
    DomainException refused =
        assertThrows(DomainException.class, () -> RULES.checkOutcomes(
            Subject.TEAM, Severity.MINOR, List.of("WRITTEN_SELF_CRITICISM", "CIRCULATED_CRITICISM")));
    assertEquals(
        "依据 YW-16（第十六条），对领导班子情节较轻的，只能给予“责令作出书面检查”；“通报批评”不在其列。",
        refused.getMessage());
  }

  @Test
  void outcomesNeedASeverityAndUnknownCodesAreRefused() {
    DomainException noSeverity =
        assertThrows(DomainException.class, () -> RULES.checkOutcomes(Subject.TEAM, null, List.of("REORGANISATION")));
    assertEquals("severity", noSeverity.getField());
    DomainException unknown =
        assertThrows(DomainException.class, () -> RULES.checkOutcomes(Subject.TEAM, Severity.GRAVE, List.of("EXILE")));
    assertEquals("YW-16", unknown.getRuleId());
    RULES.checkOutcomes(Subject.TEAM, null, List.of());
  }

  static Stream<Arguments> groundsOfEachSide() {
    return Stream.concat(
        IntStream.rangeClosed(1, 9).mapToObj(i -> Arguments.of("YW-14." + i, Body.PARTY_COMMITTEE)),
        IntStream.rangeClosed(1, 7).mapToObj(i -> Arguments.of("YW-15." + i, Body.DISCIPLINE_BODY)));
  }

  @ParameterizedTest(name = "{0} applies to {1} only")
  @MethodSource("groundsOfEachSide")
  void yw14GroundsApplyToPartyCommitteesAndYw15GroundsToDisciplineBodies(String ruleId, Body side) {
    RULES.checkGrounds(side, List.of(ruleId));
    Body other = side == Body.PARTY_COMMITTEE ? Body.DISCIPLINE_BODY : Body.PARTY_COMMITTEE;
    DomainException refused = assertThrows(DomainException.class, () -> RULES.checkGrounds(other, List.of(ruleId)));
    assertEquals(ruleId, refused.getRuleId());
    assertEquals("grounds", refused.getField());
  }

  @Test
  void theCatalogueHasNineGroundsForCommitteesAndSevenForDisciplineBodies() {
    assertEquals(9, CATALOGUE.groundsOf(Body.PARTY_COMMITTEE).size());
    assertEquals(7, CATALOGUE.groundsOf(Body.DISCIPLINE_BODY).size());
    assertEquals("第十四条第（六）项", CATALOGUE.ground("YW-14.6").orElseThrow().article());
    assertEquals("违反规定选拔任用干部，或者用人失察失误，造成恶劣影响的。",
        CATALOGUE.ground("YW-14.6").orElseThrow().articleText());
  }

  @Test
  void aCaseNeedsAtLeastOneKnownGround() {
    assertEquals("grounds", assertThrows(DomainException.class,
        () -> RULES.checkGrounds(Body.PARTY_COMMITTEE, List.of())).getField());
    assertEquals("accountability.ground.unknown", assertThrows(DomainException.class,
        () -> RULES.checkGrounds(Body.PARTY_COMMITTEE, List.of("YW-14.10"))).getKey());
  }

  @ParameterizedTest(name = "YW-17: {0} handled by {1} → allowed {2}")
  @CsvSource({
    "DISCIPLINARY_SANCTION, DISCIPLINE_ORGANISATION, true",
    "DISCIPLINARY_SANCTION, JOINT, true",
    "DISCIPLINARY_SANCTION, ORGANISATION_DEPARTMENT, false",
    "TRANSFER, ORGANISATION_DEPARTMENT, true",
    "TRANSFER, JOINT, true",
    "TRANSFER, DISCIPLINE_ORGANISATION, false",
    "ORDERED_RESIGNATION, DISCIPLINE_ORGANISATION, false",
    "DISMISSAL, DISCIPLINE_ORGANISATION, false",
    "DEMOTION, DISCIPLINE_ORGANISATION, false",
    "REORGANISATION, DISCIPLINE_ORGANISATION, false",
    "REORGANISATION, ORGANISATION_DEPARTMENT, true",
    "WRITTEN_SELF_CRITICISM, ORGANISATION_DEPARTMENT, true",
    "CIRCULATED_CRITICISM, DISCIPLINE_ORGANISATION, true",
    "ADMONISHMENT_TALK, DISCIPLINE_ORGANISATION, true",
    "JUDICIAL_TRANSFER, ORGANISATION_DEPARTMENT, true"
  })
  void disciplinarySanctionsGoToTheDisciplineOrganisationAndOrganisationalHandlingToTheDepartment(
      String outcome, Handler handler, boolean allowed) {
    if (allowed) {
      RULES.checkHandler(List.of(outcome), handler);
      return;
    }
    DomainException refused =
        assertThrows(DomainException.class, () -> RULES.checkHandler(List.of(outcome), handler));
    assertEquals("YW-17", refused.getRuleId());
    assertEquals("handledBy", refused.getField());
  }

  @Test
  void aSanctionWithTransferIsHandledJointly() {
    assertEquals(Set.of(Handler.JOINT), RULES.handlersFor(List.of("DISCIPLINARY_SANCTION", "TRANSFER")));
    assertEquals(Set.of(Handler.values()).size(), RULES.handlersFor(List.of()).size());
  }
}
