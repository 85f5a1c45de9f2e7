package cn.zeren.calendar;

import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The official schedules shipped with the portal (State Council General Office notices of 2024-11-12 and
 * 2025-11-04, for 2025 and 2026) are installed at start-up for every year the database does not have yet; a year
 * an administrator loaded is never overwritten.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ShippedSchedules {
  static final String RESOURCE = "/calendar/cn-official-holidays-2025-2026.csv";
  static final String SOURCE = "随产品提供：国务院办公厅节假日安排通知（2024-11-12、2025-11-04）";

  @Inject CalendarService calendar;

  @PostConstruct
  void install() {
    ActorContext.runAs(
        Actor.system(), () -> calendar.installMissing(ScheduleFile.parse(read()), SOURCE));
  }

  static String read() {
    try (InputStream in = ShippedSchedules.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
