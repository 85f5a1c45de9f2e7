package cn.zeren.calendar.web;

import cn.zeren.calendar.CalendarDay;
import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYear;
import cn.zeren.calendar.Period;
import cn.zeren.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** 节假日安排: the loaded years, loading a new year's schedule, and a deadline calculator to check them. */
@Named
@ViewScoped
public class CalendarBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long MAX_FILE_BYTES = 64 * 1024;

  @Inject CalendarService calendar;

  private List<CalendarYear> years;
  private Integer selectedYear;
  private List<CalendarDay> days;
  private transient UploadedFile file;
  private LocalDate from;
  private String period;
  private LocalDate due;
  private Boolean mayLoad;

  @PostConstruct
  void load() {
    years = calendar.years();
    if (selectedYear == null && !years.isEmpty()) {
      selectedYear = years.get(years.size() - 1).getYear();
    }
    days = selectedYear == null ? List.of() : calendar.listedDays(selectedYear);
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("calendar.upload.required");
      return;
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      Messages.error("calendar.upload.tooLarge");
      return;
    }
    try {
      String content = new String(file.getContent(), StandardCharsets.UTF_8);
      CalendarYear loaded = calendar.load(content, file.getFileName());
      selectedYear = loaded.getYear();
      load();
      Messages.info("calendar.upload.done", String.valueOf(loaded.getYear()));
    } catch (RuntimeException e) {
      Messages.show(e, "uploadForm");
    }
  }

  /** The upload form is shown only to those who may load a schedule. */
  public boolean isMayLoad() {
    if (mayLoad == null) {
      mayLoad = calendar.mayLoad();
    }
    return mayLoad;
  }

  public void showYear() {
    load();
  }

  public void compute() {
    due = null;
    try {
      due = calendar.due(from, Period.parse(period));
    } catch (IllegalArgumentException e) {
      Messages.error("calendar.period.invalid", period);
    } catch (RuntimeException e) {
      Messages.show(e, "computeForm");
    }
  }

  public List<CalendarYear> getYears() {
    return years;
  }

  public Integer getSelectedYear() {
    return selectedYear;
  }

  public void setSelectedYear(Integer selectedYear) {
    this.selectedYear = selectedYear;
  }

  public List<CalendarDay> getDays() {
    return days;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public LocalDate getDue() {
    return due;
  }

  /** For the calculator's result line. */
  public String getDueText() {
    return due == null ? "" : due.toString();
  }
}
