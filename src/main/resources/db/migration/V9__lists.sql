-- Signed lists (签字背书, YW-11): a list per organisation, kind and year; its versions (a signed version is never
-- changed: the signature context stores its signatures by subject LIST_VERSION and the version's id); the items of
-- each version, keyed across versions by item_key. Rectification progress (YW-6.12) and write-offs (销账) are
-- operational rows of their own, appended per rectification item key, outside the signed content.
CREATE TABLE signed_list (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  version           BIGINT       NOT NULL DEFAULT 0,
  kind              VARCHAR(20)  NOT NULL,
  rule_id           VARCHAR(20)  NOT NULL,
  organisation_id   BIGINT       NOT NULL,
  organisation_name VARCHAR(100) NOT NULL,
  year_no           INT          NOT NULL,
  current_version   INT          NOT NULL,
  next_item_no      INT          NOT NULL,
  created_by_name   VARCHAR(100) NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_signed_list UNIQUE (organisation_id, kind, year_no),
  CONSTRAINT fk_signed_list_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE list_version (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  list_id         BIGINT       NOT NULL,
  number_no       INT          NOT NULL,
  created_by_name VARCHAR(100) NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_list_version UNIQUE (list_id, number_no),
  CONSTRAINT fk_list_version_list FOREIGN KEY (list_id) REFERENCES signed_list (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE list_item (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  version             BIGINT        NOT NULL DEFAULT 0,
  list_version_id     BIGINT        NOT NULL,
  item_key            VARCHAR(20)   NOT NULL,
  position_no         INT           NOT NULL,
  task                VARCHAR(500)  NULL,
  measure             VARCHAR(2000) NULL,
  owner_name          VARCHAR(100)  NULL,
  area                VARCHAR(200)  NULL,
  expected_evidence   VARCHAR(500)  NULL,
  source_code         VARCHAR(30)   NULL,
  description         VARCHAR(2000) NULL,
  category            VARCHAR(100)  NULL,
  responsibility_item VARCHAR(500)  NULL,
  found_on            DATE          NULL,
  found_by            VARCHAR(100)  NULL,
  problem_key         VARCHAR(20)   NULL,
  deadline            DATE          NULL,
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_list_item UNIQUE (list_version_id, item_key),
  CONSTRAINT fk_list_item_version FOREIGN KEY (list_version_id) REFERENCES list_version (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_list_item_deadline ON list_item (deadline);

CREATE TABLE rectification_entry (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  list_id          BIGINT        NOT NULL,
  item_key         VARCHAR(20)   NOT NULL,
  kind             VARCHAR(12)   NOT NULL,
  entry_date       DATE          NOT NULL,
  text_value       VARCHAR(2000) NOT NULL,
  file_name        VARCHAR(200)  NULL,
  file_type        VARCHAR(8)    NULL,
  file_size        BIGINT        NULL,
  file_sha256      CHAR(64)      NULL,
  recorded_by_id   BIGINT        NULL,
  recorded_by_name VARCHAR(100)  NOT NULL,
  recorded_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rectification_entry_list FOREIGN KEY (list_id) REFERENCES signed_list (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_rectification_entry_item ON rectification_entry (list_id, item_key, recorded_at);

CREATE TABLE item_closing (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  version           BIGINT        NOT NULL DEFAULT 0,
  list_id           BIGINT        NOT NULL,
  item_key          VARCHAR(20)   NOT NULL,
  status            VARCHAR(12)   NOT NULL,
  note              VARCHAR(2000) NOT NULL,
  file_name         VARCHAR(200)  NOT NULL,
  file_type         VARCHAR(8)    NOT NULL,
  file_size         BIGINT        NOT NULL,
  file_sha256       CHAR(64)      NOT NULL,
  requested_by_id   BIGINT        NULL,
  requested_by_name VARCHAR(100)  NOT NULL,
  requested_at      DATETIME(6)   NOT NULL,
  decided_by_id     BIGINT        NULL,
  decided_by_name   VARCHAR(100)  NULL,
  decided_by_role   VARCHAR(40)   NULL,
  decided_at        DATETIME(6)   NULL,
  decision_note     VARCHAR(2000) NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_item_closing_list FOREIGN KEY (list_id) REFERENCES signed_list (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_item_closing_item ON item_closing (list_id, item_key, status);

CREATE TABLE feedback_tracking (
  id                     BIGINT      NOT NULL AUTO_INCREMENT,
  version                BIGINT      NOT NULL DEFAULT 0,
  problem_list_id        BIGINT      NOT NULL,
  problem_key            VARCHAR(20) NOT NULL,
  rule_id                VARCHAR(20) NOT NULL,
  feedback_date          DATE        NOT NULL,
  plan_obligation_id     BIGINT      NULL,
  progress_obligation_id BIGINT      NULL,
  progress_round         INT         NOT NULL,
  finished               BOOLEAN     NOT NULL DEFAULT FALSE,
  created_at             DATETIME(6) NOT NULL,
  updated_at             DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_feedback_tracking UNIQUE (problem_list_id, problem_key),
  CONSTRAINT fk_feedback_tracking_list FOREIGN KEY (problem_list_id) REFERENCES signed_list (id),
  CONSTRAINT fk_feedback_tracking_plan FOREIGN KEY (plan_obligation_id) REFERENCES obligation (id),
  CONSTRAINT fk_feedback_tracking_progress FOREIGN KEY (progress_obligation_id) REFERENCES obligation (id)
) DEFAULT CHARSET=utf8mb4;
