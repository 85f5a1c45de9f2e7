package cn.zeren;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The direction of the arrows between the packages (docs/architecture.md), checked on the compiled classes: no
 * package loop anywhere, the technical platform and the organisation model at the bottom, and the contexts that
 * react to each other through CDI events not calling each other.
 */
class ArchitectureTest {
  private static final JavaClasses PORTAL =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.zeren");

  @Test
  void noTopLevelPackageDependsOnItselfThroughAnother() {
    slices().matching("cn.zeren.(*)..").should().beFreeOfCycles().check(PORTAL);
  }

  @Test
  void platformDependsOnNoOtherPackageOfThePortal() {
    classes().that().resideInAPackage("cn.zeren.platform..")
        .should().onlyDependOnClassesThat(
            resideOutsideOfPackage("cn.zeren..").or(resideInAPackage("cn.zeren.platform..")))
        .check(PORTAL);
  }

  @Test
  void theOrganisationModelStandsOnThePlatformAlone() {
    classes().that().resideInAPackage("cn.zeren.organisation..")
        .should().onlyDependOnClassesThat(resideOutsideOfPackage("cn.zeren..")
            .or(resideInAnyPackage("cn.zeren.organisation..", "cn.zeren.platform..")))
        .check(PORTAL);
  }

  @Test
  void securityKnowsNeitherTheAuditTrailNorThePagesShell() {
    noClasses().that().resideInAPackage("cn.zeren.security..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("cn.zeren.audit..", "cn.zeren.web..", "cn.zeren.directory..")
        .check(PORTAL);
  }

  @Test
  void accountabilityAnnouncesItsCasesWithoutKnowingTheObligations() {
    noClasses().that().resideInAPackage("cn.zeren.accountability..")
        .should().dependOnClassesThat().resideInAPackage("cn.zeren.obligation..")
        .check(PORTAL);
  }

  @Test
  void signingAListDoesNotCallItsRectificationFollowUp() {
    noClasses().that().haveFullyQualifiedName("cn.zeren.lists.ListService")
        .should().dependOnClassesThat().haveFullyQualifiedName("cn.zeren.lists.RectificationService")
        .check(PORTAL);
  }
}
