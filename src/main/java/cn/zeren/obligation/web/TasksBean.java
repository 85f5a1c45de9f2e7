package cn.zeren.obligation.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RulePackRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** 我的任务: the signed-in person's open obligations across their roles, soonest due first. */
@Named
@RequestScoped
public class TasksBean {
  @Inject ObligationService obligations;
  @Inject RulePackRegistry rules;

  private List<Obligation> tasks;

  public List<Obligation> getTasks() {
    if (tasks == null) {
      tasks = obligations.myOpenTasks();
    }
    return tasks;
  }

  /** The first open task, for the home page. */
  public Obligation getNext() {
    return getTasks().isEmpty() ? null : getTasks().get(0);
  }

  public ObligationRule rule(Obligation obligation) {
    return rules.anyRule(obligation.getRuleId()).orElse(null);
  }

  /** Days from today (Beijing) to the due date; negative when overdue. */
  public long daysLeft(Obligation obligation) {
    return ChronoUnit.DAYS.between(LocalDate.now(Deadlines.BEIJING), obligation.getDueDate());
  }
}
