package cn.zeren.calendar.api;

import cn.zeren.calendar.CalendarDay;
import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYear;
import cn.zeren.calendar.CalendarYearMissingException;
import cn.zeren.calendar.Period;
import cn.zeren.calendar.WorkingCalendar;
import cn.zeren.platform.Year;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar: deadline computation and each loaded year's rest and working days. */
@Path("calendar")
@RequestScoped
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class CalendarResource {
  @Inject CalendarService calendar;

  /** The answer of the deadline computation. */
  public record DeadlineView(String from, String period, String due) {}

  /** One day of a year. */
  public record DayView(String date, boolean working, String kind, String name) {}

  /** A loaded year: every date, whether it is a working day, and what the official schedule says of it. */
  public record YearView(int year, String source, List<DayView> days) {}

  @GET
  @Path("deadline")
  @Operation(
      summary = "计算期限",
      description = "按《民法典》第201–203条：起算日不计入；以月计的到对应日（无对应日为月末）；"
          + "届满日为休息日的顺延至下一个工作日；WD 只计工作日。")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadlineView.class)))
  @APIResponse(
      responseCode = "400",
      description = "日期或期间写法不对",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "需要的年份尚未导入节假日安排（detail 写明年份）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public DeadlineView deadline(
      @Parameter(description = "起算日 YYYY-MM-DD") @QueryParam("from") String from,
      @Parameter(description = "期间：<n>WD 工作日、<n>D 日、<n>M 月") @QueryParam("period") String period) {
    LocalDate start = date("from", from);
    Period p = period("period", period);
    return new DeadlineView(start.toString(), p.toString(), calendar.due(start, p).toString());
  }

  @GET
  @Path("{year}")
  @Operation(summary = "一年的休息日和工作日", description = "列出该年每一天是否工作日，以及节假日安排中的放假、调休上班。")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = YearView.class)))
  @APIResponse(
      responseCode = "422",
      description = "该年份尚未导入节假日安排",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public YearView year(@PathParam("year") @Year int year) {
    CalendarYear loaded =
        calendar.years().stream()
            .filter(y -> y.getYear() == year)
            .findFirst()
            .orElseThrow(() -> new CalendarYearMissingException(year));
    Map<LocalDate, CalendarDay> listed = new HashMap<>();
    calendar.listedDays(year).forEach(d -> listed.put(d.getDay(), d));
    WorkingCalendar working = calendar.calendar();
    List<DayView> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      CalendarDay special = listed.get(d);
      days.add(
          new DayView(
              d.toString(),
              working.isWorkingDay(d),
              special == null ? null : special.getKind().code(),
              special == null ? null : special.getName()));
    }
    return new YearView(year, loaded.getSource(), days);
  }

  @PUT
  @Path("{year}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "导入一年的节假日安排（系统管理员）",
      description = "CSV：首行 date,kind,name；kind 为 holiday 或 workday。文件有错整体拒绝并指出行号，原安排不变。")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = YearView.class)))
  @APIResponse(
      responseCode = "422",
      description = "文件有误（detail 指出行号和原因）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public YearView load(@PathParam("year") @Year int year, String csv) {
    calendar.load(csv == null ? "" : csv, "API", year);
    return year(year);
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.trim());
    } catch (DateTimeException e) {
      throw ProblemException.badRequest(name, "api.param.date", name);
    }
  }

  private static Period period(String name, String value) {
    try {
      return Period.parse(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(name, "calendar.period.invalid", String.valueOf(value));
    }
  }
}
