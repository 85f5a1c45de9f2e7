package cn.zeren.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Chinese reminder texts name the task, unit, owner, period, the deadline in Beijing time and the article. */
class ReminderTextTest {
  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
  private static final ReminderFacts YW_6_2B =
      new ReminderFacts(
          "YW-6.2b", "第六条第（二）项", "季度党风廉政建设专题例会", "青山镇", "党委（党组）", "2026-Q2", DUE,
          Deadlines.cutOff(DUE).toInstant());

  @Test
  void aReminderBeforeTheDeadlineSaysHowManyDaysAreLeft() {
    ReminderText.Message message = ReminderText.compose(YW_6_2B, LocalDate.of(2026, 6, 25), "陈文书", false);
    assertEquals("【履责提醒】青山镇：“季度党风廉政建设专题例会”将于 2026-06-30 截止", message.subject());
    assertEquals(
        """
        陈文书同志：

        以下履责任务距截止还有 5 天，请及时办理。

        任务：季度党风廉政建设专题例会
        单位：青山镇
        责任主体：党委（党组）
        期间：2026-Q2
        截止时间：2026-06-30 23:59:59（北京时间）
        依据：YW-6.2b 第六条第（二）项""",
        message.body());
  }

  @Test
  void onTheDueDateItSaysToday() {
    ReminderText.Message message = ReminderText.compose(YW_6_2B, DUE, "陈文书", false);
    assertEquals("【履责提醒】青山镇：“季度党风廉政建设专题例会”今天截止", message.subject());
    assertTrue(message.body().contains("以下履责任务今天截止"));
  }

  @Test
  void anOverdueReminderCountsTheDaysLate() {
    ReminderText.Message message = ReminderText.compose(YW_6_2B, LocalDate.of(2026, 7, 8), "陈文书", false);
    assertEquals("【逾期提醒】青山镇：“季度党风廉政建设专题例会”已逾期 8 天", message.subject());
    assertTrue(message.body().contains("以下履责任务已逾期 8 天，尚未完成，请尽快办理。"));
  }

  @Test
  void theLevelAboveIsAskedToSeeThatTheUnitDoesIt() {
    ReminderText.Message message = ReminderText.compose(YW_6_2B, LocalDate.of(2026, 7, 1), "郑纪明", true);
    assertTrue(message.body().startsWith("郑纪明同志：\n\n下级单位“青山镇”的以下履责任务已逾期 1 天，尚未完成，请督促办理。"));
  }

  @Test
  void theEmailAddsTheLinkAndHowToTurnEmailOff() {
    ReminderText.Message message = ReminderText.compose(YW_6_2B, LocalDate.of(2026, 6, 29), "陈文书", false);
    String body = ReminderText.emailBody(message, "https://zeren.example.gov.cn/tasks.xhtml");
    assertTrue(body.startsWith(message.body()));
    assertTrue(body.contains("请登录两个责任监督平台查看：https://zeren.example.gov.cn/tasks.xhtml"));
    assertTrue(body.endsWith("可登录平台在“消息”页面的“我的设置”中关闭。"));
  }

  @Test
  void aLongSubjectIsCutToTheColumn() {
    ReminderFacts longTitle =
        new ReminderFacts(
            "YW-6.1", "第六条第（一）项", "长".repeat(300), "青山镇", "党委（党组）", "2026", DUE,
            Deadlines.cutOff(DUE).toInstant());
    assertEquals(200, ReminderText.compose(longTitle, DUE, "陈文书", false).subject().length());
  }
}
