package cn.zeren.hearing.web;

import cn.zeren.hearing.HearingRecord;
import cn.zeren.hearing.HearingService;
import cn.zeren.hearing.HearingSession;
import cn.zeren.hearing.ItemStatus;
import cn.zeren.hearing.ScoredMeetingText;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The live scoring page of one scorer ({@code hearing-score.xhtml?id=N}): the units in the order heard, each with
 * its state and the scorer's own score, refreshed every few seconds; a score can be given or changed until the chair
 * closes the item. Only the meeting's scorers open it.
 */
@Named
@ViewScoped
public class ScoringPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject HearingService hearings;

  private String id;
  private long sessionId;
  private String title;
  private ScoredMeetingText rule;
  private List<Row> rows = List.of();

  /** One item: what the poll refreshes (state, my score) and what the scorer types ({@code input}). */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long itemId;
    private final int order;
    private final String unit;
    private final String speaker;
    private ItemStatus status;
    private BigDecimal myScore;
    private BigDecimal input;

    Row(HearingRecord.Item item, BigDecimal myScore) {
      this.itemId = item.id();
      this.order = item.order();
      this.unit = item.unit();
      this.speaker = item.speaker();
      this.status = item.status();
      this.myScore = myScore;
    }

    public long getItemId() {
      return itemId;
    }

    public int getOrder() {
      return order;
    }

    public String getUnit() {
      return unit;
    }

    public String getSpeaker() {
      return speaker;
    }

    public ItemStatus getStatus() {
      return status;
    }

    public boolean isOpen() {
      return status == ItemStatus.OPEN;
    }

    public BigDecimal getMyScore() {
      return myScore;
    }

    public BigDecimal getInput() {
      return input;
    }

    public void setInput(BigDecimal input) {
      this.input = input;
    }
  }

  public void load() {
    Pages.load(
        () -> {
          HearingSession session = hearings.get(Pages.id("hearing", id));
          if (!hearings.isScorer(session.getId())) {
            throw new AccessDeniedException("hearing.notYourSession");
          }
          sessionId = session.getId();
          title = session.getTitle();
          rule = ScoredMeetingText.of(hearings.meetingOf(session));
          Map<Long, BigDecimal> mine = hearings.myScores(sessionId);
          rows = hearings.record(sessionId).items().stream().map(i -> new Row(i, mine.get(i.id()))).toList();
        });
  }

  /** The poll: states and my scores again, keeping what the scorer is typing. */
  public void refresh() {
    Map<Long, BigDecimal> mine = hearings.myScores(sessionId);
    Map<Long, ItemStatus> states = hearings.itemStates(sessionId);
    for (Row row : rows) {
      row.status = states.get(row.itemId);
      row.myScore = mine.get(row.itemId);
    }
  }

  public void submit(Row row) {
    try {
      BigDecimal saved = hearings.score(row.itemId, row.input).getScore();
      row.input = null;
      Messages.info("hearing.scoreSaved", row.unit, saved.stripTrailingZeros().toPlainString());
    } catch (RuntimeException e) {
      Messages.show(e, null);
    }
    refresh();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getTitle() {
    return title;
  }

  public ScoredMeetingText getRule() {
    return rule;
  }

  public List<Row> getRows() {
    return rows;
  }
}
