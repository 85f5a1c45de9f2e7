package cn.zeren.inspection;

/** The kinds of round the pack's {@code roundTypes} name: 常规巡察, 专项巡察 and the 回头看 of an earlier round. */
public enum RoundKind {
  REGULAR,
  SPECIAL,
  LOOK_BACK
}
