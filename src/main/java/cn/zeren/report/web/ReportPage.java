package cn.zeren.report.web;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.report.Report;
import cn.zeren.report.ReportActions;
import cn.zeren.report.ReportEvent;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportStatus;
import cn.zeren.report.ReportType;
import cn.zeren.report.ReportVersion;
import cn.zeren.signature.SignatureView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * 报告填报与详情 ({@code report.xhtml?id=N}): the type's sections and the formal document while the author may edit;
 * approve or send back for the approving leader; return or accept for reviewers; every version with its document
 * and the history with comments for everyone who may read the report.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "reportForm";

  @Inject ReportService reports;

  private String id;
  private Report report;
  private ReportType type;
  private List<SectionEditor> sections = List.of();
  private List<ReportVersion> versions = List.of();
  private List<ReportEvent> history = List.of();
  private ReportActions can;
  private transient UploadedFile upload;
  private String comment;
  private int signVersion;
  private String opinion;
  private transient String password;
  private final Map<Integer, List<SignatureView>> signatures = new HashMap<>();

  public void load() {
    Pages.load(() -> reload(Pages.id("report", id)));
  }

  /** Saves the sections' text and, when a file was chosen, attaches it. */
  public void save() {
    if (run(() -> saveAndAttach())) {
      Messages.info("report.saved");
    }
  }

  /** Saves, then hands the draft in (to the approving leader, or straight to the reviewers). */
  public void submit() {
    if (run(() -> reports.submit(saveAndAttach().getId(), report.getVersion()))) {
      Messages.info(report.getStatus() == ReportStatus.SUBMITTED ? "report.submitted" : "report.sentForApproval");
    }
  }

  public void approve() {
    if (run(() -> reports.approve(report.getId(), report.getVersion()))) {
      Messages.info("report.submitted");
    }
  }

  public void sendBack() {
    if (run(() -> reports.sendBack(report.getId(), report.getVersion(), comment))) {
      Messages.info("report.sentBack");
    }
  }

  public void returnToAuthor() {
    if (run(() -> reports.returnToAuthor(report.getId(), report.getVersion(), comment))) {
      Messages.info("report.returned");
    }
  }

  public void accept() {
    if (run(() -> reports.accept(report.getId(), report.getVersion(), comment))) {
      Messages.info("report.accepted");
    }
  }

  private Report saveAndAttach() {
    Map<String, String> text = new LinkedHashMap<>();
    sections.forEach(s -> text.put(s.getKey(), s.getText() == null ? "" : s.getText()));
    Report saved = reports.saveDraft(report.getId(), report.getVersion(), text);
    report = saved;
    if (upload != null && upload.getSize() > 0) {
      try (InputStream content = upload.getInputStream()) {
        report = reports.attach(report.getId(), report.getVersion(), upload.getFileName(), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      upload = null;
    }
    return report;
  }

  /**
   * Runs a step; on success reloads the page's data and clears the comment, on a refusal keeps everything typed
   * and shows the reason next to its field.
   */
  private boolean run(java.util.function.Supplier<Report> step) {
    sections.forEach(s -> s.setError(null));
    try {
      report = step.get();
    } catch (RuntimeException e) {
      show(e);
      return false;
    }
    comment = null;
    reload(report.getId());
    return true;
  }

  private void show(RuntimeException failure) {
    RuntimeException reason = Failures.explain(failure);
    if (reason instanceof DomainException refusal && refusal.getField() != null) {
      for (SectionEditor section : sections) {
        if (section.getField().equals(refusal.getField())) {
          FacesContext context = FacesContext.getCurrentInstance();
          section.setError(refusal.getMessage(context.getViewRoot().getLocale()));
          context.validationFailed();
          Messages.error("report.fixFields");
          return;
        }
      }
    }
    Messages.show(failure, FORM);
  }

  /** The signatures of one version (签字背书, YW-11.3). */
  public List<SignatureView> signaturesOf(ReportVersion version) {
    return signatures.computeIfAbsent(version.getNumber(), n -> reports.signatures(report.getId(), n));
  }

  public boolean maySign(ReportVersion version) {
    return reports.maySign(report, version);
  }

  public void prepareSign(int versionNumber) {
    signVersion = versionNumber;
    opinion = null;
    password = null;
  }

  /** Signs the chosen version with the opinion after the password check; a refusal stays next to its field. */
  public void sign() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      reports.sign(report.getId(), signVersion, opinion, secret);
    } catch (RuntimeException failure) {
      Messages.show(failure, "signForm");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    Messages.info("report.signed", signVersion);
    opinion = null;
    reload(report.getId());
  }

  public int getSignVersion() {
    return signVersion;
  }

  /** The article the signature enforces, cited in the sign dialog. */
  public String getSigningRule() {
    return reports.signingRule();
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private void reload(long reportId) {
    signatures.clear();
    report = reports.get(reportId);
    type = reports.type(report.getTypeCode());
    versions = reports.versions(reportId);
    history = reports.history(reportId);
    Map<String, String> text = versions.get(versions.size() - 1).getSections();
    sections = type.sections().stream().map(s -> new SectionEditor(s, text.get(s.key()))).toList();
    can = reports.actionsOn(report);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Report getReport() {
    return report;
  }

  public ReportType getType() {
    return type;
  }

  public List<SectionEditor> getSections() {
    return sections;
  }

  /** Versions, newest first. */
  public List<ReportVersion> getVersions() {
    List<ReportVersion> newestFirst = new ArrayList<>(versions);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public ReportVersion getCurrent() {
    return versions.get(versions.size() - 1);
  }

  public List<ReportEvent> getHistory() {
    return history;
  }

  public ReportActions getCan() {
    return can;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
