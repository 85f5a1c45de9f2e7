package cn.zeren.rules;

import cn.zeren.accountability.AccountabilityCatalogueSection;
import cn.zeren.assessment.AssessmentSection;
import cn.zeren.hearing.ScoredMeetingsSection;
import cn.zeren.inspection.InspectionCoordinationSection;
import cn.zeren.inspection.InspectionProcedureSection;
import cn.zeren.interview.InterviewSection;
import cn.zeren.ledger.LedgerActivitiesSection;
import cn.zeren.lists.SignedListsSection;
import cn.zeren.obligation.OwnerRolesSection;
import cn.zeren.report.ReportTypesSection;
import java.util.List;

/** The sections of the portal's contexts, for plain tests that read a pack without the container's CDI. */
public final class TestSections {
  public static final List<RuleSection<?>> ALL =
      List.of(
          new ReportTypesSection(), new ScoredMeetingsSection(), new InterviewSection(), new LedgerActivitiesSection(),
          new AccountabilityCatalogueSection(), new SignedListsSection(), new AssessmentSection(),
          new OwnerRolesSection(), new InspectionProcedureSection(), new InspectionCoordinationSection());

  private TestSections() {}
}
