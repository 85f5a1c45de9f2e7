package cn.zeren.dashboard.web;

import cn.zeren.dashboard.DashboardService;
import cn.zeren.dashboard.DashboardTables;
import cn.zeren.dashboard.Drill;
import cn.zeren.lists.web.ExportHeaders;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.platform.web.TableExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The dashboard's tables as files, after the service's access checks: {@code /dashboard/export?table=HEAT&year=Y&org=ID
 * &format=xlsx|pdf} (HEAT, OVERDUE, RECTIFICATION, ACCOUNTABILITY, TREND), and a drill-down with {@code table=DRILL}
 * and its {@code kind}, {@code unit}, {@code rule}, {@code state}, {@code ground}, {@code severity}, {@code outcome}.
 * In Chinese, as attachments.
 */
@WebServlet("/dashboard/export")
public class DashboardExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DashboardService dashboard;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    DownloadAnswers.answer(response, () -> {
      int year = (int) DownloadAnswers.id(request, "year", "dashboard");
      long org = DownloadAnswers.id(request, "org", "organisation");
      String table = request.getParameter("table");
      TableExport.Table content = switch (String.valueOf(table)) {
        case "DRILL" -> DashboardTables.drill(dashboard.drill(org, drill(request, year), Texts.CHINESE), Texts.CHINESE);
        case "TREND" -> DashboardTables.trend(dashboard.unit(org).getName(), dashboard.trend(org), Texts.CHINESE);
        default -> DashboardTables.of(name(table), dashboard.figures(year, org), Texts.CHINESE);
      };
      boolean pdf = "pdf".equals(request.getParameter("format"));
      byte[] bytes = pdf ? TableExport.pdf(content) : TableExport.xlsx(content);
      String fileName = content.title() + "-" + year + (pdf ? ".pdf" : ".xlsx");
      ExportHeaders.of(fileName, pdf ? TableExport.PDF : TableExport.XLSX).forEach(response::setHeader);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    });
  }

  private static DashboardTables.Name name(String table) {
    try {
      return DashboardTables.Name.valueOf(table);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("dashboard", table);
    }
  }

  private static Drill drill(HttpServletRequest request, int year) {
    try {
      Drill.Kind kind = Drill.Kind.valueOf(request.getParameter("kind"));
      String unit = request.getParameter("unit");
      Long unitId = unit == null || unit.isBlank() ? null : DownloadAnswers.id(request, "unit", "organisation");
      return new Drill(kind, year, unitId,
          blankToNull(request.getParameter("rule")), blankToNull(request.getParameter("state")),
          blankToNull(request.getParameter("ground")), blankToNull(request.getParameter("severity")),
          blankToNull(request.getParameter("outcome")));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("dashboard", request.getParameter("kind"));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
