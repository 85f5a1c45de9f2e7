package cn.zeren.web;

import cn.zeren.accountability.AccountabilityAction;
import cn.zeren.assessment.AssessmentAction;
import cn.zeren.audit.AuditAction;
import cn.zeren.calendar.CalendarAction;
import cn.zeren.dashboard.DashboardAction;
import cn.zeren.hearing.HearingAction;
import cn.zeren.interview.InterviewAction;
import cn.zeren.ledger.LedgerAction;
import cn.zeren.lists.ListAction;
import cn.zeren.notification.InboxService;
import cn.zeren.obligation.ObligationAction;
import cn.zeren.organisation.OrganisationAction;
import cn.zeren.organisation.PersonAction;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.report.ReportAction;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The side menu of the active role: an entry appears when the role may use the page somewhere. This only mirrors
 * the services' checks; it protects nothing by itself.
 */
@Named
@RequestScoped
public class MenuBean {
  @Inject AccessPolicy access;
  @Inject InboxService inbox;
  private MenuModel model;

  public MenuModel getModel() {
    if (model == null) {
      model = new DefaultMenuModel();
      add("nav.home", "pi pi-home", "/index.xhtml", "menu-home");
      add("nav.tasks", "pi pi-check-square", "/tasks.xhtml", "menu-tasks");
      addItem(inboxLabel(), "pi pi-inbox", "/inbox.xhtml", "menu-inbox");
      if (access.permitsSomewhere(ReportAction.DRAFT) || access.permitsSomewhere(ReportAction.APPROVE)) {
        add("nav.reports", "pi pi-file-edit", "/reports.xhtml", "menu-reports");
      }
      if (access.permitsSomewhere(ReportAction.REVIEW)) {
        add("nav.reportReview", "pi pi-file-check", "/report-review.xhtml", "menu-report-review");
      }
      if (access.permitsSomewhere(ReportAction.OVERSEE)) {
        add("nav.reportOverdue", "pi pi-clock", "/reports-overdue.xhtml", "menu-report-overdue");
      }
      if (access.permitsSomewhere(LedgerAction.VIEW)) {
        add("nav.ledger", "pi pi-list", "/ledger.xhtml", "menu-ledger");
      }
      if (access.permitsSomewhere(ListAction.VIEW)) {
        add("nav.lists", "pi pi-list-check", "/lists.xhtml", "menu-lists");
        add("nav.listsOverdue", "pi pi-exclamation-circle", "/lists-overdue.xhtml", "menu-lists-overdue");
      }
      if (access.permitsSomewhere(ObligationAction.OVERSEE)) {
        add("nav.compliance", "pi pi-table", "/compliance.xhtml", "menu-compliance");
      }
      if (access.permitsSomewhere(DashboardAction.VIEW)) {
        add("nav.dashboard", "pi pi-chart-line", "/dashboard.xhtml", "menu-dashboard");
      }
      if (access.permitsSomewhere(InterviewAction.EXPLAIN)) {
        add("nav.interviews", "pi pi-comments", "/interviews.xhtml", "menu-interviews");
      }
      if (access.permitsSomewhere(InterviewAction.OVERSEE)) {
        add("nav.interviewOversight", "pi pi-users", "/interview-oversight.xhtml", "menu-interview-oversight");
      }
      if (access.permitsSomewhere(HearingAction.VIEW)) {
        add("nav.hearings", "pi pi-star", "/hearings.xhtml", "menu-hearings");
      }
      if (access.permitsSomewhere(AccountabilityAction.VIEW)) {
        add("nav.accountability", "pi pi-exclamation-circle", "/accountability.xhtml", "menu-accountability");
        add("nav.accountabilityStatistics", "pi pi-chart-bar", "/accountability-statistics.xhtml",
            "menu-accountability-statistics");
      }
      if (access.permitsSomewhere(AssessmentAction.MANAGE)) {
        add("nav.assessmentSets", "pi pi-sliders-h", "/assessment-sets.xhtml", "menu-assessment-sets");
        add("nav.assessment", "pi pi-chart-line", "/assessment.xhtml", "menu-assessment");
      } else if (access.permitsSomewhere(AssessmentAction.RESULT_VIEW)) {
        add("nav.assessmentResults", "pi pi-chart-line", "/assessment.xhtml", "menu-assessment");
      }
      if (access.permitsSomewhere(OrganisationAction.VIEW)) {
        add("nav.organisations", "pi pi-sitemap", "/organisations.xhtml", "menu-organisations");
      }
      if (access.permitsSomewhere(PersonAction.MANAGE)) {
        add("nav.people", "pi pi-users", "/admin/people.xhtml", "menu-people");
      }
      if (access.permitsSomewhere(CalendarAction.MANAGE)) {
        add("nav.calendar", "pi pi-calendar", "/admin/calendar.xhtml", "menu-calendar");
      }
      if (access.permitsSomewhere(AuditAction.VIEW)) {
        add("nav.audit", "pi pi-history", "/audit.xhtml", "menu-audit");
      }
      add("nav.rules", "pi pi-book", "/rules.xhtml", "menu-rules");
      add("nav.signingKeys", "pi pi-verified", "/signing-keys.xhtml", "menu-signing-keys");
      add("nav.tokens", "pi pi-key", "/tokens.xhtml", "menu-tokens");
    }
    return model;
  }

  /** 消息, with the number of unread messages when there are any: 消息（3）. */
  private String inboxLabel() {
    long unread = inbox.unreadCount();
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return unread == 0
        ? Texts.get(locale, "nav.inbox")
        : Texts.get(locale, "nav.inboxUnread", String.valueOf(unread));
  }

  private void add(String key, String icon, String page, String id) {
    addItem(Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key), icon, page, id);
  }

  private void addItem(String label, String icon, String page, String id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    model.getElements()
        .add(
            DefaultMenuItem.builder()
                .id(id)
                .value(label)
                .icon(icon)
                .url(faces.getExternalContext().getRequestContextPath() + page)
                .build());
  }
}
