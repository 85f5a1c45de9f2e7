-- Obligation instances generated from the rule pack: one per organisation, rule, period and owner
-- (owner_key "UNIT" for the unit's bodies and primary leader, "POS-<id>" for each team member's post).
CREATE TABLE obligation (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  version           BIGINT       NOT NULL DEFAULT 0,
  pack_id           VARCHAR(40)  NOT NULL,
  rule_id           VARCHAR(20)  NOT NULL,
  organisation_id   BIGINT       NOT NULL,
  owner             VARCHAR(32)  NOT NULL,
  owner_key         VARCHAR(32)  NOT NULL,
  owner_position_id BIGINT       NULL,
  year_no           INT          NOT NULL,
  period_key        VARCHAR(12)  NOT NULL,
  due_date          DATE         NOT NULL,
  due_at            DATETIME(6)  NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  minimum_count     INT          NOT NULL,
  done_count        INT          NOT NULL DEFAULT 0,
  completed_at      DATETIME(6)  NULL,
  waived_reason     VARCHAR(500) NULL,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_obligation UNIQUE (organisation_id, rule_id, period_key, owner_key),
  CONSTRAINT fk_obligation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_obligation_position FOREIGN KEY (owner_position_id) REFERENCES org_position (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_obligation_year_rule ON obligation (year_no, rule_id);
CREATE INDEX ix_obligation_status_due ON obligation (status, due_at);

-- What fulfils an obligation: a report, a meeting record, a signature ... (type and id in its own context).
CREATE TABLE obligation_evidence (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  obligation_id BIGINT       NOT NULL,
  evidence_type VARCHAR(40)  NOT NULL,
  evidence_ref  VARCHAR(64)  NOT NULL,
  note          VARCHAR(200) NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  late          BOOLEAN      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_evidence_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_evidence_obligation ON obligation_evidence (obligation_id);
