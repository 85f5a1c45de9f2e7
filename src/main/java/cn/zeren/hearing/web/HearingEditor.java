package cn.zeren.hearing.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.hearing.HearingAction;
import cn.zeren.hearing.HearingForm;
import cn.zeren.hearing.HearingItem;
import cn.zeren.hearing.HearingService;
import cn.zeren.hearing.HearingSession;
import cn.zeren.hearing.HearingStatus;
import cn.zeren.hearing.ScoredMeetingText;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The set-up form of a scored meeting ({@code hearing-edit.xhtml}, {@code ?id=N} to change one not yet started):
 * type from the rule pack, title, time, place, chair, scorers chosen among the commission's members, and the units
 * heard in order, each with its speaker — by default the holder of the type's speaker post in the unit.
 */
@Named
@ViewScoped
public class HearingEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "hearingForm";

  @Inject HearingService hearings;
  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject AccessPolicy access;

  private String id;
  private Long sessionId;
  private long version;
  private long organisationId;
  private String meetingCode;
  private String title;
  private LocalDateTime heldAt;
  private String place;
  private Long chairPersonId;
  private List<Long> scorerIds = new ArrayList<>();
  private Long unitToAdd;
  private final List<Line> lines = new ArrayList<>();
  private List<ScoredMeetingText> types = List.of();
  private List<Choice> members = List.of();
  private List<Choice> units = List.of();

  /** A person or unit to choose. */
  public record Choice(long id, String name) implements Serializable {}

  /** One unit heard, with the people of the unit to choose its speaker from. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long unitId;
    private final String unitName;
    private final List<Choice> speakers;
    private Long speakerId;

    Line(long unitId, String unitName, List<Choice> speakers, Long speakerId) {
      this.unitId = unitId;
      this.unitName = unitName;
      this.speakers = speakers;
      this.speakerId = speakerId;
    }

    public long getUnitId() {
      return unitId;
    }

    public String getUnitName() {
      return unitName;
    }

    public List<Choice> getSpeakers() {
      return speakers;
    }

    public Long getSpeakerId() {
      return speakerId;
    }

    public void setSpeakerId(Long speakerId) {
      this.speakerId = speakerId;
    }
  }

  /** One transaction for the whole load, so that the session's scorers and items are read with it. */
  @Transactional
  public void load() {
    Pages.load(
        () -> {
          types = hearings.meetingTypes().stream().map(ScoredMeetingText::of).toList();
          if (id == null || id.isBlank()) {
            startNew();
          } else {
            edit(hearings.get(Pages.id("hearing", id)));
          }
          members =
              hearings.commissionMembers(organisationId).stream()
                  .map(h -> new Choice(h.personId(), h.name()))
                  .toList();
          units = unitsBelow(organisationId);
        });
  }

  private void startNew() {
    Organisation commission = organisations.get(access.actor().orgId());
    access.require(HearingAction.MANAGE, commission);
    organisationId = commission.getId();
    meetingCode = types.isEmpty() ? null : types.get(0).code();
    heldAt = LocalDateTime.now(Deadlines.BEIJING).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
    chairPersonId = access.actor().personId();
  }

  private void edit(HearingSession session) {
    access.require(HearingAction.MANAGE, session.getOrganisation());
    if (session.getStatus() != HearingStatus.DRAFT) {
      Faces.redirect("hearing.xhtml?id=" + session.getId());
      return;
    }
    sessionId = session.getId();
    version = session.getVersion();
    organisationId = session.getOrganisation().getId();
    meetingCode = session.getMeetingCode();
    title = session.getTitle();
    heldAt = LocalDateTime.ofInstant(session.getHeldAt(), Deadlines.BEIJING);
    place = session.getPlace();
    chairPersonId = session.getChair().getId();
    scorerIds = new ArrayList<>(session.getScorers().stream().map(s -> s.getPerson().getId()).toList());
    for (HearingItem item : session.getItems()) {
      lines.add(line(item.getUnit().getId(), item.getUnit().getName(), item.getSpeaker().getId()));
    }
  }

  public void addUnit() {
    if (unitToAdd == null || lines.stream().anyMatch(l -> l.unitId == unitToAdd)) {
      return;
    }
    String name = units.stream().filter(u -> u.id() == unitToAdd).map(Choice::name).findFirst().orElse("");
    Long speaker = hearings.defaultSpeaker(meetingCode, unitToAdd).map(Person::getId).orElse(null);
    lines.add(line(unitToAdd, name, speaker));
    unitToAdd = null;
  }

  public void move(int index, int by) {
    int target = index + by;
    if (target >= 0 && target < lines.size()) {
      Collections.swap(lines, index, target);
    }
  }

  public void remove(int index) {
    lines.remove(index);
  }

  /** Saves the set-up and opens the meeting's page; a refusal stays on the form with what was entered. */
  public void save() {
    HearingForm form =
        new HearingForm(
            organisationId, meetingCode, title, heldAt, place, chairPersonId, List.copyOf(scorerIds),
            lines.stream().map(l -> new HearingForm.Line(l.unitId, l.speakerId)).toList());
    long saved;
    try {
      saved = sessionId == null ? hearings.create(form).getId() : hearings.update(sessionId, version, form).getId();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return;
    }
    Faces.getFlash().setKeepMessages(true);
    Messages.info("hearing.saved");
    Faces.redirect("hearing.xhtml?id=" + saved);
  }

  private Line line(long unitId, String unitName, Long speakerId) {
    List<Choice> speakers =
        people.search(unitId, null, false).stream().map(p -> new Choice(p.getId(), p.getName())).toList();
    return new Line(unitId, unitName, speakers, speakerId);
  }

  private List<Choice> unitsBelow(long commissionId) {
    return organisations.visibleTree().stream()
        .filter(o -> o.isActive() && o.getId() != commissionId && o.getPath().contains("/" + commissionId + "/"))
        .map(o -> new Choice(o.getId(), o.getName()))
        .toList();
  }

  public boolean isEditing() {
    return sessionId != null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMeetingCode() {
    return meetingCode;
  }

  public void setMeetingCode(String meetingCode) {
    this.meetingCode = meetingCode;
  }

  public ScoredMeetingText getRule() {
    return types.stream().filter(t -> t.code().equals(meetingCode)).findFirst().orElse(null);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDateTime getHeldAt() {
    return heldAt;
  }

  public void setHeldAt(LocalDateTime heldAt) {
    this.heldAt = heldAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Long getChairPersonId() {
    return chairPersonId;
  }

  public void setChairPersonId(Long chairPersonId) {
    this.chairPersonId = chairPersonId;
  }

  public List<Long> getScorerIds() {
    return scorerIds;
  }

  public void setScorerIds(List<Long> scorerIds) {
    this.scorerIds = scorerIds;
  }

  public Long getUnitToAdd() {
    return unitToAdd;
  }

  public void setUnitToAdd(Long unitToAdd) {
    this.unitToAdd = unitToAdd;
  }

  public List<Line> getLines() {
    return lines;
  }

  public List<ScoredMeetingText> getTypes() {
    return types;
  }

  public List<Choice> getMembers() {
    return members;
  }

  public List<Choice> getUnits() {
    return units;
  }
}
