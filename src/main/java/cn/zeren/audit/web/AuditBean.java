package cn.zeren.audit.web;

import cn.zeren.audit.AuditAction;
import cn.zeren.audit.AuditFilter;
import cn.zeren.audit.AuditQuery;
import cn.zeren.audit.AuditRecord;
import cn.zeren.directory.OrganisationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Times;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail viewer (审计日志): filters above a lazily paged table, newest entries first. Times entered and
 * shown are Beijing time. Reading is checked by {@link AuditQuery}; this bean only shapes the page.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditQuery audit;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject Times times;

  private LocalDateTime from;
  private LocalDateTime to;
  private String actor;
  private String action;
  private String entityType;
  private String entityId;
  private Long organisationId;
  private List<SelectItem> organisationChoices;
  private final LazyDataModel<AuditRecord> entries = new Entries();

  /** Answers 403 to roles that may not read the trail, before anything is rendered. */
  public void checkAccess() throws IOException {
    if (!access.permitsSomewhere(AuditAction.VIEW)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  public void search() {
    if (from != null && to != null && from.isAfter(to)) {
      Messages.error("audit.range.invalid");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ((DataTable) faces.getViewRoot().findComponent(":auditForm:auditTable")).setFirst(0);
  }

  public void reset() {
    from = null;
    to = null;
    actor = null;
    action = null;
    entityType = null;
    entityId = null;
    organisationId = null;
    search();
  }

  AuditFilter filter() {
    return new AuditFilter(
        from == null ? null : from.atZone(Times.BEIJING).toInstant(),
        // the picker works in whole minutes: "to 18:00" includes everything up to 18:00:59
        to == null ? null : to.withSecond(59).withNano(999_999_000).atZone(Times.BEIJING).toInstant(),
        actor, action, entityType, entityId, organisationId);
  }

  public List<String> getActions() {
    return audit.actions();
  }

  public List<String> getEntityTypes() {
    return audit.entityTypes();
  }

  /** The organisations in reach, indented under their parents. */
  public List<SelectItem> getOrganisationChoices() {
    if (organisationChoices == null) {
      List<Organisation> tree = organisations.visibleTree();
      int top = tree.stream().mapToInt(Organisation::getDepth).min().orElse(0);
      organisationChoices =
          tree.stream()
              .map(o -> new SelectItem(o.getId(), "\u3000".repeat(o.getDepth() - top) + o.getName()))
              .toList();
    }
    return organisationChoices;
  }

  /**
   * A recorded value for people: instants, and the UTC date-times of the database (see InstantConverter), in
   * Beijing time; everything else as recorded.
   */
  public String display(String value) {
    if (value == null || value.length() < 19 || value.charAt(10) != 'T') {
      return value;
    }
    try {
      Instant instant =
          value.endsWith("Z") ? Instant.parse(value) : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      return times.format(instant);
    } catch (DateTimeParseException notATime) {
      return value;
    }
  }

  public String actionLabel(String code) {
    return label("audit.action.", code);
  }

  public String entityLabel(String code) {
    return label("audit.entity.", code);
  }

  public String roleLabel(String code) {
    return label("role.", code);
  }

  /** The label of a code in the page's language; codes added later without a label show as they are. */
  private static String label(String prefix, String code) {
    if (code == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle =
        ResourceBundle.getBundle("messages", faces.getViewRoot().getLocale(), AuditBean.class.getClassLoader());
    return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
  }

  public LazyDataModel<AuditRecord> getEntries() {
    return entries;
  }

  /** Pages through the trail with the filter as it stands. */
  private final class Entries extends LazyDataModel<AuditRecord> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
    }

    @Override
    public List<AuditRecord> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return audit.find(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditRecord entry) {
      return String.valueOf(entry.id());
    }
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
