package cn.zeren.inspection.web;

import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.InspectionRules;
import cn.zeren.inspection.RoundForm;
import cn.zeren.inspection.RoundKind;
import cn.zeren.inspection.RoundService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 巡察轮次 ({@code inspection-rounds.xhtml}): the rounds the caller may see and, for the office, a new round's plan. */
@Named
@ViewScoped
public class RoundsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "planForm";

  @Inject transient RoundService rounds;
  @Inject transient InspectionRules rules;

  private transient List<InspectionRound> list;
  private Boolean mayManage;

  private String name;
  private RoundKind kind = RoundKind.REGULAR;
  private Long lookBackOf;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String authorisedBy;
  private LocalDate authorisedOn;
  private List<Long> targetIds = new ArrayList<>();
  private int groupCount = 1;
  private String durationAdjustment;

  /** The page's f:viewAction: a caller without any inspection right gets 403. */
  public void load() {
    Pages.load(() -> list = rounds.rounds());
  }

  public List<InspectionRound> getRounds() {
    if (list == null) {
      list = rounds.rounds();
    }
    return list;
  }

  public boolean isMayManage() {
    if (mayManage == null) {
      mayManage = rounds.mayManage();
    }
    return mayManage;
  }

  public List<Organisation> getTargetChoices() {
    return isMayManage() ? rounds.targetChoices() : List.of();
  }

  public List<InspectionRound> getLookBackChoices() {
    return isMayManage() ? rounds.lookBackChoices() : List.of();
  }

  /** The kinds of round the measures in force name. */
  public List<RoundKind> getKinds() {
    return rules.roundKinds();
  }

  /** The least length of a regular round under the pack in force, for the form's hint (JDZ-16), or null. */
  public InspectionRules.RoundMinimum getMinimum() {
    return rules.roundMinimum().orElse(null);
  }

  /** Plans the round and opens it; a refusal stays on the form next to its field. */
  public String plan() {
    try {
      InspectionRound round = rounds.create(new RoundForm(name, kind, kind == RoundKind.LOOK_BACK ? lookBackOf : null,
          startsOn, endsOn, authorisedBy, authorisedOn, targetIds, groupCount, durationAdjustment));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("inspection.round.planned", round.getName());
      return "/inspection-round.xhtml?faces-redirect=true&id=" + round.getId();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RoundKind getKind() {
    return kind;
  }

  public void setKind(RoundKind kind) {
    this.kind = kind;
  }

  public Long getLookBackOf() {
    return lookBackOf;
  }

  public void setLookBackOf(Long lookBackOf) {
    this.lookBackOf = lookBackOf;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getAuthorisedBy() {
    return authorisedBy;
  }

  public void setAuthorisedBy(String authorisedBy) {
    this.authorisedBy = authorisedBy;
  }

  public LocalDate getAuthorisedOn() {
    return authorisedOn;
  }

  public void setAuthorisedOn(LocalDate authorisedOn) {
    this.authorisedOn = authorisedOn;
  }

  public List<Long> getTargetIds() {
    return targetIds;
  }

  public void setTargetIds(List<Long> targetIds) {
    this.targetIds = targetIds == null ? new ArrayList<>() : new ArrayList<>(targetIds);
  }

  public String getDurationAdjustment() {
    return durationAdjustment;
  }

  public void setDurationAdjustment(String durationAdjustment) {
    this.durationAdjustment = durationAdjustment;
  }

  public int getGroupCount() {
    return groupCount;
  }

  public void setGroupCount(int groupCount) {
    this.groupCount = groupCount;
  }
}
