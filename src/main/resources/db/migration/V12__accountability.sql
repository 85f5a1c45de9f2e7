-- Accountability cases (责任追究, YW-14 … YW-17): the unit and the side held accountable (Party committee YW-14 or
-- discipline organisation YW-15), the team or one member, grounds, facts, severity, outcomes of the YW-16 matrix,
-- the handling body (YW-17), the decision and its document (stored by SHA-256 like report documents).
CREATE TABLE accountability_case (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  version          BIGINT       NOT NULL DEFAULT 0,
  organisation_id  BIGINT       NOT NULL,
  body             VARCHAR(24)  NOT NULL,
  subject_type     VARCHAR(16)  NOT NULL,
  person_id        BIGINT       NULL,
  grounds          VARCHAR(400) NOT NULL,
  facts            TEXT         NOT NULL,
  severity         VARCHAR(16)  NULL,
  outcomes         VARCHAR(400) NOT NULL,
  handled_by       VARCHAR(32)  NULL,
  status           VARCHAR(24)  NOT NULL,
  opened_on        DATE         NOT NULL,
  decision_date    DATE         NULL,
  file_name        VARCHAR(200) NULL,
  file_type        VARCHAR(8)   NULL,
  file_size        BIGINT       NULL,
  file_sha256      VARCHAR(64)  NULL,
  obligation_id    BIGINT       NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_accountability_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_accountability_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_accountability_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_accountability_opened ON accountability_case (opened_on, organisation_id);
