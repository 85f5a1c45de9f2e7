-- Reports (YW-9.1, YW-10.1, YW-10.3): one per obligation instance, its versions (section text and the formal
-- document, stored by SHA-256 under zeren.files.dir) and its history of steps and comments.
CREATE TABLE report (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  version            BIGINT       NOT NULL DEFAULT 0,
  type_code          VARCHAR(40)  NOT NULL,
  rule_id            VARCHAR(20)  NOT NULL,
  organisation_id    BIGINT       NOT NULL,
  obligation_id      BIGINT       NOT NULL,
  year_no            INT          NOT NULL,
  period_key         VARCHAR(12)  NOT NULL,
  covered_year       INT          NULL,
  event_date         DATE         NULL,
  due_date           DATE         NOT NULL,
  due_at             DATETIME(6)  NOT NULL,
  author_person_id   BIGINT       NOT NULL,
  author_name        VARCHAR(100) NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  current_version    INT          NOT NULL,
  return_count       INT          NOT NULL DEFAULT 0,
  first_submitted_at DATETIME(6)  NULL,
  last_submitted_at  DATETIME(6)  NULL,
  late               BOOLEAN      NOT NULL DEFAULT FALSE,
  late_seconds       BIGINT       NOT NULL DEFAULT 0,
  accepted_at        DATETIME(6)  NULL,
  last_activity_at   DATETIME(6)  NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_obligation UNIQUE (obligation_id),
  CONSTRAINT fk_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_report_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
  CONSTRAINT fk_report_author FOREIGN KEY (author_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_report_org_activity ON report (organisation_id, last_activity_at);
CREATE INDEX ix_report_year_type ON report (year_no, type_code);

CREATE TABLE report_version (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  version      BIGINT       NOT NULL DEFAULT 0,
  report_id    BIGINT       NOT NULL,
  number_no    INT          NOT NULL,
  content      MEDIUMTEXT   NOT NULL,
  file_name    VARCHAR(200) NULL,
  file_type    VARCHAR(8)   NULL,
  file_size    BIGINT       NULL,
  file_sha256  CHAR(64)     NULL,
  submitted_at DATETIME(6)  NULL,
  late         BOOLEAN      NOT NULL DEFAULT FALSE,
  late_seconds BIGINT       NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_version UNIQUE (report_id, number_no),
  CONSTRAINT fk_report_version_report FOREIGN KEY (report_id) REFERENCES report (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE report_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  report_id    BIGINT        NOT NULL,
  version_no   INT           NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  actor_name   VARCHAR(100)  NOT NULL,
  actor_role   VARCHAR(40)   NULL,
  comment_text VARCHAR(2000) NULL,
  occurred_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES report (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_report_event_report ON report_event (report_id, occurred_at);
