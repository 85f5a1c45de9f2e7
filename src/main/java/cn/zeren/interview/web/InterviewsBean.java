package cn.zeren.interview.web;

import cn.zeren.interview.Interview;
import cn.zeren.interview.InterviewService;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 约谈提醒 ({@code interviews.xhtml}): the interviews one takes part in or oversees, and scheduling a new one. */
@Named
@ViewScoped
public class InterviewsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InterviewService interviews;
  private transient List<Interview> rows = List.of();
  private boolean maySchedule;

  public void load() {
    Pages.load(() -> {
      rows = interviews.list();
      maySchedule = !interviews.schedulableTypes().isEmpty();
    });
  }

  public String typeTitle(String code) {
    return interviews.types().stream().filter(t -> t.code().equals(code)).map(t -> t.title()).findFirst().orElse(code);
  }

  /** The article on the explanation and its signed reply, cited in the page's introduction. */
  public String getExplanationRule() {
    return interviews.explanationRule();
  }

  public List<Interview> getRows() {
    return rows;
  }

  public boolean isMaySchedule() {
    return maySchedule;
  }
}
