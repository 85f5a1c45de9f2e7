package cn.zeren.lists;

import java.time.LocalDate;

/**
 * What a person writes into one item of a list; which fields a kind uses is {@link ListRules#fieldsOf}.
 *
 * @param task 任务 (responsibility list, division)
 * @param measure 措施 (responsibility list, division) or 整改措施 (rectification list)
 * @param ownerName 责任人: the owner of a task, the team member of a division item, the person responsible for a
 *     rectification
 * @param area 分管领域 of a division item
 * @param expectedEvidence 预期佐证材料 of a responsibility item
 * @param sourceCode 问题来源 (code of the rule pack's catalogue)
 * @param description 问题描述
 * @param category 问题类别
 * @param responsibilityItem 涉及的责任事项 (the task of a responsibility item it touches)
 * @param foundOn 发现日期 (for upper-level feedback: the date of the feedback, YW-6.12)
 * @param foundBy 发现人/单位
 * @param problemKey the key of the problem a rectification item answers (P1 …)
 * @param deadline 整改时限
 */
public record ItemFields(
    String task,
    String measure,
    String ownerName,
    String area,
    String expectedEvidence,
    String sourceCode,
    String description,
    String category,
    String responsibilityItem,
    LocalDate foundOn,
    String foundBy,
    String problemKey,
    LocalDate deadline) {

  public static ItemFields responsibility(String task, String measure, String owner, String expectedEvidence) {
    return new ItemFields(task, measure, owner, null, expectedEvidence, null, null, null, null, null, null, null,
        null);
  }

  public static ItemFields division(String member, String area, String task, String measure) {
    return new ItemFields(task, measure, member, area, null, null, null, null, null, null, null, null, null);
  }

  public static ItemFields problem(String source, String description, String category, String responsibilityItem,
      LocalDate foundOn, String foundBy) {
    return new ItemFields(null, null, null, null, null, source, description, category, responsibilityItem, foundOn,
        foundBy, null, null);
  }

  public static ItemFields rectification(String problemKey, String measure, String responsible, LocalDate deadline) {
    return new ItemFields(null, measure, responsible, null, null, null, null, null, null, null, null, problemKey,
        deadline);
  }
}
