package cn.zeren.inspection.web;

import cn.zeren.inspection.InformationRequest;
import cn.zeren.inspection.InformationRequestService;
import cn.zeren.inspection.InspectionAction;
import cn.zeren.obligation.Obligation;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;

/** "答复" next to a task that is an inspection office's letter to the caller's unit (巡前沟通信息, XC-3.2). */
@Named
@RequestScoped
public class InspectionLinks {
  @Inject InformationRequestService requests;
  @Inject AccessPolicy access;

  private Map<Long, Long> letterByTask;

  /** The letter a task answers, or null when the task is not one. */
  public Long letterOf(Obligation task) {
    if (letterByTask == null) {
      letterByTask = access.permitsSomewhere(InspectionAction.ANSWER)
          ? requests.addressedToMe().stream()
              .collect(Collectors.toMap(InformationRequest::getObligationId, InformationRequest::getId, (a, b) -> a))
          : Map.of();
    }
    return letterByTask.get(task.getId());
  }
}
