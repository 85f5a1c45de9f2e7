package cn.zeren.ledger.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.ledger.LedgerAction;
import cn.zeren.ledger.LedgerActivity;
import cn.zeren.ledger.LedgerRecord;
import cn.zeren.ledger.LedgerService;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** 工作台账 ({@code ledger.xhtml}): the records of the caller's unit (or subtree), by year and activity kind. */
@Named
@ViewScoped
public class LedgerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LedgerService ledger;
  @Inject AccessPolicy access;

  private Integer year = LocalDate.now(Deadlines.BEIJING).getYear();
  private String activityCode;
  private transient List<LedgerRecord> records;
  private transient List<LedgerActivity> recordable;

  /** The page's f:viewAction: a role without the ledger gets 403, not an empty list. */
  public void requireAccess() {
    Pages.load(
        () -> {
          if (!access.permitsSomewhere(LedgerAction.VIEW)) {
            throw new AccessDeniedException("error.accessDenied");
          }
        });
  }

  public void search() {
    records = null;
  }

  public List<LedgerRecord> getRecords() {
    if (records == null) {
      try {
        records = ledger.search(null, year, activityCode);
      } catch (RuntimeException e) {
        records = List.of();
        Messages.show(e, "filterForm");
      }
    }
    return records;
  }

  /** The activity title of a record's kind (the pack's label). */
  public String title(LedgerRecord record) {
    return ledger.activities().stream()
        .filter(a -> a.code().equals(record.getActivityCode()))
        .map(LedgerActivity::title)
        .findFirst()
        .orElse(record.getActivityCode());
  }

  public List<LedgerActivity> getActivities() {
    return ledger.activities();
  }

  public List<LedgerActivity> getRecordable() {
    if (recordable == null) {
      recordable = ledger.recordableActivities();
    }
    return recordable;
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(Deadlines.BEIJING).getYear();
    return List.of(now, now - 1, now - 2, now - 3);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getActivityCode() {
    return activityCode;
  }

  public void setActivityCode(String activityCode) {
    this.activityCode = activityCode;
  }
}
