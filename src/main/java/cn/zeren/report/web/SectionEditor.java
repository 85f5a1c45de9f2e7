package cn.zeren.report.web;

import cn.zeren.report.ReportService;
import cn.zeren.report.ReportType;
import java.io.Serializable;

/** One section of the report form: the type's title and guide, and the text being edited. */
public class SectionEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String title;
  private final String guide;
  private final boolean required;
  private String text;
  private String error;

  SectionEditor(ReportType.Section section, String text) {
    this.key = section.key();
    this.title = section.title();
    this.guide = section.guide();
    this.required = section.required();
    this.text = text;
  }

  /** The field name a refusal of this section carries (see {@link ReportService#fieldOf}). */
  public String getField() {
    return ReportService.fieldOf(key);
  }

  public String getKey() {
    return key;
  }

  public String getTitle() {
    return title;
  }

  public String getGuide() {
    return guide;
  }

  public boolean isRequired() {
    return required;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getError() {
    return error;
  }

  void setError(String error) {
    this.error = error;
  }
}
