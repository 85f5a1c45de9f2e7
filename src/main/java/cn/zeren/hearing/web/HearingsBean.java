package cn.zeren.hearing.web;

import cn.zeren.hearing.HearingAction;
import cn.zeren.hearing.HearingService;
import cn.zeren.hearing.HearingSession;
import cn.zeren.hearing.HearingStatus;
import cn.zeren.hearing.ScoredMeeting;
import cn.zeren.platform.web.Pages;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** 评议会议: the commission's scored meetings, latest first, with the pages the caller may open for each. */
@Named
@RequestScoped
public class HearingsBean {
  @Inject HearingService hearings;
  @Inject AccessPolicy access;

  private List<Row> rows = List.of();

  /** One meeting as the list shows it. */
  public record Row(
      long id, String title, String ruleId, String type, Instant heldAt, String place, String status,
      boolean editable, boolean scorer) {}

  /** Loads the list; a role without the commission's meetings gets 403. */
  public void load() {
    Pages.load(() -> rows = hearings.list().stream().map(this::row).toList());
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The articles of the pack's scored meetings, cited in the page's introduction. */
  public List<String> getArticles() {
    return hearings.meetingTypes().stream().map(ScoredMeeting::ruleId).distinct().toList();
  }

  public boolean isCanCreate() {
    return access.permitsSomewhere(HearingAction.MANAGE);
  }

  private Row row(HearingSession s) {
    return new Row(
        s.getId(), s.getTitle(), s.getRuleId(), hearings.meetingOf(s).title(), s.getHeldAt(), s.getPlace(),
        s.getStatus().name(),
        s.getStatus() == HearingStatus.DRAFT && access.permits(HearingAction.MANAGE, s.getOrganisation()),
        hearings.isScorer(s.getId()));
  }
}
