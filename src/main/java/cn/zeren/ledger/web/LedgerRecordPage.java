package cn.zeren.ledger.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.ledger.LedgerActivity;
import cn.zeren.ledger.LedgerAttachment;
import cn.zeren.ledger.LedgerForm;
import cn.zeren.ledger.LedgerRecord;
import cn.zeren.ledger.LedgerService;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * 台账记录 ({@code ledger-record.xhtml}): a new record ({@code ?activity=CODE}, or {@code ?obligation=N} from a
 * task), or one record ({@code ?id=N}) — editable by the roles that carry its obligation in its unit, read-only for
 * everyone else who may read it — with the obligation instance it fulfils and its attachments.
 */
@Named
@ViewScoped
public class LedgerRecordPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "recordForm";

  @Inject LedgerService ledger;
  @Inject ObligationService obligations;

  private String id;
  private String activityParam;
  private String obligationParam;
  private LedgerRecord record;
  private Obligation instance;
  private boolean editable;
  private List<LedgerActivity> activities = List.of();
  private List<Person> people = List.of();
  private List<LedgerAttachment> attachments = List.of();
  private String activityCode;
  private Long obligationId;
  private LocalDate activityDate;
  private String topic;
  private List<Long> participantIds = new ArrayList<>();
  private String otherParticipants;
  private String minutes;
  private transient UploadedFile upload;

  public void load() {
    Pages.load(
        () -> {
          if (id != null && !id.isBlank()) {
            reload(Pages.id("ledger.record", id));
          } else {
            prepareNew();
          }
        });
  }

  private void prepareNew() {
    activities = ledger.recordableActivities();
    if (activities.isEmpty()) {
      throw new AccessDeniedException("error.accessDenied");
    }
    editable = true;
    people = ledger.participantChoices();
    activityDate = LocalDate.now(Deadlines.BEIJING);
    if (obligationParam != null && !obligationParam.isBlank()) {
      Obligation task = obligations.get(Pages.id("obligation", obligationParam));
      ledger.activityFor(task).ifPresent(a -> activityCode = a.code());
      obligationId = task.getId();
    } else if (activities.stream().anyMatch(a -> a.code().equals(activityParam))) {
      activityCode = activityParam;
    }
  }

  /** Records the activity (or saves the changes), then attaches the chosen file, and shows the record. */
  public String save() {
    LedgerForm form =
        new LedgerForm(activityCode, obligationId, activityDate, topic, participantIds, otherParticipants, minutes);
    try {
      record = record == null ? ledger.create(form) : ledger.update(record.getId(), record.getVersion(), form);
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return null;
    }
    if (upload != null && upload.getSize() > 0) {
      try (InputStream content = upload.getInputStream()) {
        record = ledger.attach(record.getId(), record.getVersion(), upload.getFileName(), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        reload(record.getId());
        Messages.show(e, FORM);
        return null;
      }
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("ledger.saved");
    return "/ledger-record.xhtml?faces-redirect=true&id=" + record.getId();
  }

  private void reload(long recordId) {
    record = ledger.get(recordId);
    instance = ledger.instanceOf(record);
    attachments = ledger.attachments(recordId);
    editable = ledger.mayEdit(record);
    activities = List.of(ledger.activity(record.getActivityCode()));
    people = editable ? ledger.participantChoices() : record.getParticipants();
    activityCode = record.getActivityCode();
    obligationId = record.getObligationId();
    activityDate = record.getActivityDate();
    topic = record.getTopic();
    participantIds = new ArrayList<>(record.getParticipants().stream().map(Person::getId).toList());
    otherParticipants = record.getOtherParticipants();
    minutes = record.getMinutes();
  }

  /** The instance's state now (overdue is open past its due time). */
  public String getInstanceStatus() {
    return instance == null ? null : instance.statusAt(Instant.now()).name();
  }

  public LedgerActivity getActivity() {
    return activityCode == null ? null : ledger.activity(activityCode);
  }

  public String getParticipantNames() {
    return String.join("、", record.getParticipants().stream().map(Person::getName).toList());
  }

  public boolean isCreating() {
    return record == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getActivityParam() {
    return activityParam;
  }

  public void setActivityParam(String activityParam) {
    this.activityParam = activityParam;
  }

  public String getObligationParam() {
    return obligationParam;
  }

  public void setObligationParam(String obligationParam) {
    this.obligationParam = obligationParam;
  }

  public LedgerRecord getRecord() {
    return record;
  }

  public Obligation getInstance() {
    return instance;
  }

  public boolean isEditable() {
    return editable;
  }

  public List<LedgerActivity> getActivities() {
    return activities;
  }

  public List<Person> getPeople() {
    return people;
  }

  public List<LedgerAttachment> getAttachments() {
    return attachments;
  }

  public String getActivityCode() {
    return activityCode;
  }

  public void setActivityCode(String activityCode) {
    this.activityCode = activityCode;
  }

  public LocalDate getActivityDate() {
    return activityDate;
  }

  public void setActivityDate(LocalDate activityDate) {
    this.activityDate = activityDate;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public List<Long> getParticipantIds() {
    return participantIds;
  }

  public void setParticipantIds(List<Long> participantIds) {
    this.participantIds = participantIds;
  }

  public String getOtherParticipants() {
    return otherParticipants;
  }

  public void setOtherParticipants(String otherParticipants) {
    this.otherParticipants = otherParticipants;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
