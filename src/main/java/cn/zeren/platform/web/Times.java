package cn.zeren.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants as Beijing time (Asia/Shanghai), whatever the server's or browser's time zone. */
@Named
@ApplicationScoped
public class Times {
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  public String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
