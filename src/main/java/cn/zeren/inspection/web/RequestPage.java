package cn.zeren.inspection.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.inspection.InformationRequest;
import cn.zeren.inspection.InformationRequestService;
import cn.zeren.inspection.RequestDocument;
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
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * 巡前沟通信息 ({@code inspection-request.xhtml?id=}): one letter of the office — the round, its targets, what to
 * provide, by when — and, for the recipient, the written answer with its documents.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "answerForm";

  @Inject transient InformationRequestService requests;

  private Long id;
  private transient InformationRequest request;
  private String answer;
  private transient UploadedFile upload;

  public void load() {
    Pages.load(() -> request = requests.get(id == null ? -1 : id));
  }

  public InformationRequest getRequest() {
    if (request == null) {
      request = requests.get(id);
    }
    return request;
  }

  public List<String> getTargets() {
    return requests.targetsOf(getRequest());
  }

  public List<RequestDocument> getDocuments() {
    return requests.documents(getRequest().getId());
  }

  public boolean isMayAnswer() {
    return requests.mayAnswer(getRequest());
  }

  /** Adds the chosen document; the answer is given separately. */
  public void attach() {
    try {
      store();
      Messages.info("inspection.request.documentAdded");
    } catch (RuntimeException e) {
      request = null;
      Messages.show(e, FORM);
    }
  }

  /** Adds the chosen document, if any, then gives the answer; the page shows it afresh. */
  public String submit() {
    try {
      store();
      InformationRequest r = requests.get(id);
      InformationRequest answered = requests.answer(r.getId(), r.getVersion(), answer);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(answered.isLate() ? "inspection.request.answeredLate" : "inspection.request.answered");
      return "/inspection-request.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      request = null;
      Messages.show(e, FORM);
      return null;
    }
  }

  private void store() {
    if (upload == null || upload.getSize() == 0) {
      return;
    }
    InformationRequest r = requests.get(id);
    try (InputStream content = upload.getInputStream()) {
      requests.attach(r.getId(), r.getVersion(), upload.getFileName(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      upload = null;
      request = null;
    }
  }

  /** 待答复, 已答复, 逾期答复 or 已逾期未答复, as of now. */
  public String getState() {
    InformationRequest r = getRequest();
    if (r.isAnswered()) {
      return r.isLate() ? "answeredLate" : "answered";
    }
    return LocalDate.now(Deadlines.BEIJING).isAfter(r.getDueDate()) ? "overdue" : "open";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
