package cn.zeren.inspection;

/** Where a round stands: planned (targets and groups set, no staff yet), then staffed by a draw. */
public enum RoundState {
  /** 计划中 — the targets and the number of groups are set; the draw has not staffed every group. */
  PLANNED,
  /** 已组建 — a draw assigned every target to a group and gave every group its leader. */
  STAFFED
}
