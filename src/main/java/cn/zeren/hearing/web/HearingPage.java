package cn.zeren.hearing.web;

import cn.zeren.hearing.HearingRecord;
import cn.zeren.hearing.HearingService;
import cn.zeren.hearing.HearingSession;
import cn.zeren.hearing.HearingStatus;
import cn.zeren.hearing.ScoredMeetingText;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One scored meeting ({@code hearing.xhtml?id=N}): its record — every item with each scorer's score, the dropped
 * ones, the result and the distribution — the PDF for the upper commission, and for its chair the controls: start,
 * close an item, close the meeting. Refreshed every few seconds while under way.
 */
@Named
@ViewScoped
public class HearingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject HearingService hearings;

  private String id;
  private HearingRecord record;
  private ScoredMeetingText rule;
  private boolean chair;
  private boolean scorer;

  public void load() {
    Pages.load(this::reload);
  }

  /** Reads the record again (the poll, and after each action). */
  public void reload() {
    HearingSession session = hearings.get(Pages.id("hearing", id));
    record = hearings.record(session.getId());
    rule = ScoredMeetingText.of(hearings.meetingOf(session));
    chair = hearings.isChair(session.getId());
    scorer = hearings.isScorer(session.getId());
  }

  public void start() {
    act(() -> hearings.start(record.id(), record.version()), "hearing.started");
  }

  public void closeItem(HearingRecord.Item item) {
    try {
      hearings.closeItem(item.id());
      reload();
      HearingRecord.Item closed =
          record.items().stream().filter(i -> i.id() == item.id()).findFirst().orElseThrow();
      Messages.info(
          "hearing.itemClosed", item.unit(), closed.average() == null ? "—" : closed.average().toPlainString());
    } catch (RuntimeException e) {
      Messages.show(e, null);
      reload();
    }
  }

  public void close() {
    act(() -> hearings.close(record.id(), record.version()), "hearing.closed", record.ruleId());
  }

  public StreamedContent getPdf() {
    byte[] pdf = hearings.recordPdf(record.id());
    return DefaultStreamedContent.builder()
        .name("hearing-" + record.id() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  /** The scorers who have scored an item, and those who have not. */
  public List<String> scoredBy(HearingRecord.Item item) {
    return scorers(item, true);
  }

  public List<String> waitingFor(HearingRecord.Item item) {
    return scorers(item, false);
  }

  /** Names as one Chinese list: 郑纪明、吴审核. */
  public String names(List<String> names) {
    return String.join("、", names);
  }

  public String closeQuestion(HearingRecord.Item item) {
    return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "hearing.closeItem.confirm",
        item.unit());
  }

  public long scoredCount(HearingRecord.Item item) {
    return item.scoresByScorer().stream().filter(s -> s != null).count();
  }

  public boolean isUnderWay() {
    return record != null && record.status() == HearingStatus.OPEN;
  }

  private List<String> scorers(HearingRecord.Item item, boolean scored) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < record.scorers().size(); i++) {
      if ((item.scoresByScorer().get(i) != null) == scored) {
        names.add(record.scorers().get(i));
      }
    }
    return names;
  }

  private void act(Runnable action, String doneKey, Object... args) {
    try {
      action.run();
      Messages.info(doneKey, args);
    } catch (RuntimeException e) {
      Messages.show(e, null);
    }
    reload();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public HearingRecord getRecord() {
    return record;
  }

  public ScoredMeetingText getRule() {
    return rule;
  }

  public boolean isChair() {
    return chair;
  }

  public boolean isScorer() {
    return scorer;
  }
}
