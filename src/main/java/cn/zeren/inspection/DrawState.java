package cn.zeren.inspection;

/** A draw's life: sealed (input and commitment recorded, seed secret), drawn (seed revealed), or ended with a reason. */
public enum DrawState {
  /** 已封存 — the candidates, exclusions and the commitment to the seed are on record; nothing drawn yet. */
  SEALED,
  /** 已抽签 — the seed is revealed and the outcome recorded; the round's groups are staffed from it. */
  DRAWN,
  /** 已作废 — a drawn result replaced by a redraw, with the recorded reason; kept in the record. */
  SUPERSEDED,
  /** 已撤销 — a sealed draw withdrawn before drawing, with the recorded reason; kept in the record. */
  CANCELLED
}
