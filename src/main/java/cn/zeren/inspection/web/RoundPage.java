package cn.zeren.inspection.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.inspection.DrawService;
import cn.zeren.inspection.InformationRequest;
import cn.zeren.inspection.InformationRequestService;
import cn.zeren.inspection.InspectionCoordination;
import cn.zeren.inspection.PoolService;
import cn.zeren.organisation.Organisation;
import cn.zeren.inspection.DrawState;
import cn.zeren.inspection.InspectionDraw;
import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.RoundGroup;
import cn.zeren.inspection.RoundService;
import cn.zeren.inspection.RoundTarget;
import cn.zeren.inspection.draw.Candidate;
import cn.zeren.inspection.draw.DrawInput;
import cn.zeren.inspection.draw.DrawOutcome;
import cn.zeren.inspection.draw.Exclusion;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.TableExport;
import cn.zeren.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;

/**
 * 巡察轮次 ({@code inspection-round.xhtml?id=}): the round, its targets and groups, and its draws — sealing (who is
 * excluded and why, the commitment), drawing with a witness phrase, the record with its replay, and a redraw only with
 * a reason. Every action is the service's, authorised there.
 */
@Named
@ViewScoped
public class RoundPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "drawForm";

  @Inject transient RoundService rounds;
  @Inject transient DrawService draws;
  @Inject transient InformationRequestService requests;
  @Inject transient PoolService pools;

  private Long id;
  private transient InspectionRound round;
  private transient List<RoundTarget> targets;
  private transient List<RoundGroup> groups;
  private transient List<InspectionDraw> drawList;
  private transient Map<Long, DrawService.Verification> verifications = new HashMap<>();
  private int membersPerGroup;
  private String witness;
  private String reason;
  private LocalDate sentOn;
  private final Map<String, Long> recipientUnits = new HashMap<>();
  private transient List<InformationRequest> letters;
  private transient List<Organisation> unitChoices;

  public void load() {
    Pages.load(() -> {
      round = rounds.get(id == null ? -1 : id);
      refresh();
      getUnitChoices();
    });
  }

  private void refresh() {
    round = rounds.get(id);
    targets = rounds.targets(id);
    groups = rounds.groups(id);
    drawList = draws.draws(id);
    letters = requests.ofRound(id);
  }

  private void ensure() {
    if (round == null) {
      refresh();
    }
  }

  // ---- what the page shows ----

  public InspectionRound getRound() {
    ensure();
    return round;
  }

  public List<RoundTarget> getTargets() {
    ensure();
    return targets;
  }

  public List<RoundGroup> getGroups() {
    ensure();
    return groups;
  }

  public List<InspectionDraw> getDraws() {
    ensure();
    return drawList;
  }

  /** The draw in force: the sealed one waiting, or the drawn one that staffed the round; null if none. */
  public InspectionDraw getCurrent() {
    return getDraws().stream()
        .filter(d -> d.getState() == DrawState.SEALED || d.getState() == DrawState.DRAWN)
        .reduce((a, b) -> b)
        .orElse(null);
  }

  public boolean isMayManage() {
    return rounds.mayManage();
  }

  public boolean isMaySeal() {
    return isMayManage() && getCurrent() == null;
  }

  public DrawInput input(InspectionDraw draw) {
    return draws.input(draw);
  }

  public DrawOutcome outcome(InspectionDraw draw) {
    return draws.outcome(draw);
  }

  public List<Exclusion> exclusions(InspectionDraw draw) {
    return draws.exclusions(draw);
  }

  /** A candidate's name, by id, from the draw's sealed input. */
  public String nameIn(InspectionDraw draw, Long personId) {
    if (personId == null) {
      return "—";
    }
    DrawInput input = draws.input(draw);
    return Stream.concat(input.leaders().stream(), input.members().stream())
        .filter(c -> c.personId() == personId)
        .map(Candidate::name)
        .findFirst()
        .orElse(String.valueOf(personId));
  }

  /** A target's name, by organisation id, from the draw's sealed input. */
  public String targetIn(InspectionDraw draw, long organisationId) {
    return draws.input(draw).targets().stream()
        .filter(t -> t.organisationId() == organisationId)
        .map(t -> t.name())
        .findFirst()
        .orElse(String.valueOf(organisationId));
  }

  public DrawService.Verification verification(InspectionDraw draw) {
    return verifications == null ? null : verifications.get(draw.getId());
  }

  // ---- before entry: the office's letters (XC-3.2) ----

  public List<InformationRequest> getLetters() {
    ensure();
    return letters;
  }

  /** The recipients of the pack not yet written to, for the send form. */
  public List<InspectionCoordination.Recipient> getUnsentRecipients() {
    List<String> sent = getLetters().stream().map(InformationRequest::getRecipientKey).toList();
    return requests.recipients().stream().filter(r -> !sent.contains(r.key())).toList();
  }

  public List<Organisation> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = isMayManage() ? pools.organisationChoices() : List.of();
      // A first guess of each recipient's unit by name (县委组织部 → 市委组织部); the office checks and changes it.
      for (InspectionCoordination.Recipient r : requests.recipients()) {
        recipientUnits.computeIfAbsent(r.key(), k -> guess(r.title()));
      }
    }
    return unitChoices;
  }

  private Long guess(String title) {
    String stem = title.replaceFirst("^[县市区]", "").replace("机关", "");
    return unitChoices.stream()
        .filter(o -> stem.contains("纪委监委") ? o.getParent() == null : o.getName().endsWith(stem))
        .map(Organisation::getId)
        .findFirst()
        .orElse(null);
  }

  public Map<String, Long> getRecipientUnits() {
    return recipientUnits;
  }

  /** 待答复, 已答复, 逾期答复 or 已逾期未答复. */
  public String letterState(InformationRequest q) {
    if (q.isAnswered()) {
      return q.isLate() ? "answeredLate" : "answered";
    }
    return LocalDate.now(Deadlines.BEIJING).isAfter(q.getDueDate()) ? "overdue" : "open";
  }

  public void sendLetters() {
    try {
      Map<String, Long> chosen = new java.util.LinkedHashMap<>();
      getUnsentRecipients().forEach(r -> chosen.put(r.key(), recipientUnits.get(r.key())));
      List<InformationRequest> sent = requests.send(id, chosen, sentOn);
      Messages.info("inspection.request.sent", String.valueOf(sent.size()));
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, "lettersForm");
    }
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public void setSentOn(LocalDate sentOn) {
    this.sentOn = sentOn;
  }

  // ---- actions ----

  public void seal() {
    try {
      draws.seal(id, membersPerGroup);
      Messages.info("inspection.draw.sealed");
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public void perform(long drawId, long version) {
    try {
      draws.perform(drawId, version, witness);
      witness = null;
      Messages.info("inspection.draw.performed");
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public void cancel(long drawId, long version) {
    try {
      draws.cancel(drawId, version, reason);
      reason = null;
      Messages.info("inspection.draw.cancelled");
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public void supersede(long drawId, long version) {
    try {
      draws.supersede(drawId, version, reason);
      reason = null;
      Messages.info("inspection.draw.superseded");
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public void verify(long drawId) {
    try {
      if (verifications == null) {
        verifications = new HashMap<>();
      }
      verifications.put(drawId, draws.verify(drawId));
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  /** 导出 Excel: who avoidance excluded from which target, and why, for the draw in force. */
  public void exportExclusionsXlsx() throws IOException {
    TableExport.Table table = exclusionsTable();
    Faces.sendFile(TableExport.xlsx(table), table.title() + ".xlsx", true);
  }

  public void exportExclusionsPdf() throws IOException {
    TableExport.Table table = exclusionsTable();
    Faces.sendFile(TableExport.pdf(table), table.title() + ".pdf", true);
  }

  /** 导出 Excel: the drawn groups with their targets, leaders and members. */
  public void exportResultXlsx() throws IOException {
    TableExport.Table table = resultTable();
    Faces.sendFile(TableExport.xlsx(table), table.title() + ".xlsx", true);
  }

  public void exportResultPdf() throws IOException {
    TableExport.Table table = resultTable();
    Faces.sendFile(TableExport.pdf(table), table.title() + ".pdf", true);
  }

  private TableExport.Table exclusionsTable() {
    InspectionDraw draw = getCurrent();
    List<List<String>> rows = exclusions(draw).stream()
        .map(x -> List.of(x.name(), x.targetName(), Texts.zh("inspection.avoidance." + x.kind().name()), x.ruleId(),
            x.fact()))
        .toList();
    return new TableExport.Table(getRound().getName() + " " + Texts.zh("inspection.draw.exclusions"),
        subtitle(draw),
        List.of(Texts.zh("inspection.draw.candidate"), Texts.zh("inspection.draw.target"),
            Texts.zh("inspection.draw.avoidance"), Texts.zh("rules.ruleId"), Texts.zh("inspection.draw.fact")),
        rows);
  }

  private TableExport.Table resultTable() {
    InspectionDraw draw = getCurrent();
    DrawOutcome out = outcome(draw);
    List<List<String>> rows = out == null ? List.of() : out.groups().stream()
        .map(g -> List.of(g.name(),
            String.join("、", g.targetIds().stream().map(t -> targetIn(draw, t)).toList()),
            nameIn(draw, g.leaderId()),
            String.join("、", g.memberIds().stream().map(m -> nameIn(draw, m)).toList())))
        .toList();
    return new TableExport.Table(getRound().getName() + " " + Texts.zh("inspection.draw.resultTitle"), subtitle(draw),
        List.of(Texts.zh("inspection.group"), Texts.zh("inspection.round.targets"), Texts.zh("inspection.group.leader"),
            Texts.zh("inspection.group.members")),
        rows);
  }

  /** The draw's number and proof, so that a printed table can be checked against the record. */
  private static String subtitle(InspectionDraw draw) {
    return Texts.zh("inspection.draw.seq") + " " + draw.getSeq() + " · " + Texts.zh("inspection.draw.commitment") + " "
        + draw.getCommitment() + (draw.getRevealedSeed() == null ? ""
            : " · " + Texts.zh("inspection.draw.seed") + " " + draw.getRevealedSeed());
  }

  /** The verdict of a replay in words. */
  public String verdict(InspectionDraw draw) {
    DrawService.Verification v = verification(draw);
    if (v == null) {
      return null;
    }
    return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        v.ok() ? "inspection.verify.ok" : "inspection.verify.failed");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getMembersPerGroup() {
    return membersPerGroup;
  }

  public void setMembersPerGroup(int membersPerGroup) {
    this.membersPerGroup = membersPerGroup;
  }

  public String getWitness() {
    return witness;
  }

  public void setWitness(String witness) {
    this.witness = witness;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
