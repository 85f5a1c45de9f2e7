package cn.zeren.accountability.api;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accountability case as the API shows it, with the catalogue's titles and labels next to the codes. */
@Schema(name = "AccountabilityCase")
public record CaseView(
    long id,
    @Schema(description = "乐观锁版本号；修改、决定和上传时原样带回") long version,
    long organisationId,
    String organisationName,
    @Schema(description = "PARTY_COMMITTEE（党委，YW-14）或 DISCIPLINE_BODY（纪委，YW-15）") String body,
    @Schema(description = "TEAM（领导班子）或 INDIVIDUAL（班子成员）") String subjectType,
    Long personId,
    String personName,
    List<Ground> grounds,
    String facts,
    @Schema(description = "MINOR（较轻）、SERIOUS（较重）、GRAVE（严重）；查明事实前可为空") String severity,
    List<Outcome> outcomes,
    @Schema(description = "DISCIPLINE_ORGANISATION、ORGANISATION_DEPARTMENT 或 JOINT（YW-17）") String handledBy,
    @Schema(description = "ESTABLISHING_FACTS（查明事实中）或 DECIDED（已作出处理决定）") String status,
    String openedOn,
    String decisionDate,
    Document document) {

  public record Ground(String ruleId, String article, String title) {}

  public record Outcome(String code, String label) {}

  public record Document(String fileName, String type, long size) {}

  static CaseView of(AccountabilityCase c, AccountabilityCatalogue catalogue) {
    return new CaseView(
        c.getId(), c.getVersion(), c.getOrganisation().getId(), c.getOrganisation().getName(), c.getBody().name(),
        c.getSubjectType().name(), c.getPerson() == null ? null : c.getPerson().getId(),
        c.getPerson() == null ? null : c.getPerson().getName(),
        c.getGrounds().stream()
            .map(g -> catalogue.ground(g).map(x -> new Ground(g, x.article(), x.title()))
                .orElse(new Ground(g, null, null)))
            .toList(),
        c.getFacts(), c.getSeverity() == null ? null : c.getSeverity().name(),
        c.getOutcomes().stream()
            .map(o -> new Outcome(o, catalogue.outcome(o).map(AccountabilityCatalogue.Outcome::label).orElse(null)))
            .toList(),
        c.getHandledBy() == null ? null : c.getHandledBy().name(), c.getStatus().name(),
        c.getOpenedOn().toString(), c.getDecisionDate() == null ? null : c.getDecisionDate().toString(),
        c.hasDocument() ? new Document(c.getFileName(), c.getFileType().name(), c.getFileSize()) : null);
  }
}
