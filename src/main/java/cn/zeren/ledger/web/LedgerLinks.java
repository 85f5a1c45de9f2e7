package cn.zeren.ledger.web;

import cn.zeren.ledger.LedgerService;
import cn.zeren.obligation.Obligation;
import cn.zeren.ledger.LedgerActivity;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "记录活动" next to a task the ledger fulfils, when the acting role records that kind for the task's unit. */
@Named
@RequestScoped
public class LedgerLinks {
  @Inject LedgerService ledger;
  @Inject AccessPolicy access;

  private List<LedgerActivity> recordable;

  public boolean recordable(Obligation task) {
    if (recordable == null) {
      recordable = ledger.recordableActivities();
    }
    return task.getOrganisation().getId().equals(access.actor().orgId())
        && recordable.stream().anyMatch(a -> a.ruleId().equals(task.getRuleId()));
  }
}
