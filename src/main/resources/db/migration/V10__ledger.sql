-- The work ledger (工作台账, YW-13.1): records of the activities the obligations ask for, each fulfilling the
-- obligation instance its unit, rule and date pick (the evidence row links back by the record's id), with the
-- unit's people who took part and the files attached. A record is never deleted (see docs/architecture.md).
CREATE TABLE ledger_record (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  version             BIGINT        NOT NULL DEFAULT 0,
  organisation_id     BIGINT        NOT NULL,
  activity_code       VARCHAR(40)   NOT NULL,
  rule_id             VARCHAR(20)   NOT NULL,
  obligation_id       BIGINT        NOT NULL,
  period_key          VARCHAR(12)   NOT NULL,
  activity_date       DATE          NOT NULL,
  topic               VARCHAR(200)  NOT NULL,
  other_participants  VARCHAR(500)  NULL,
  minutes             TEXT          NULL,
  author_person_id    BIGINT        NOT NULL,
  author_name         VARCHAR(100)  NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_ledger_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_ledger_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
  CONSTRAINT fk_ledger_author FOREIGN KEY (author_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ledger_organisation_date ON ledger_record (organisation_id, activity_date);

CREATE TABLE ledger_participant (
  record_id  BIGINT NOT NULL,
  person_id  BIGINT NOT NULL,
  PRIMARY KEY (record_id, person_id),
  CONSTRAINT fk_ledger_participant_record FOREIGN KEY (record_id) REFERENCES ledger_record (id),
  CONSTRAINT fk_ledger_participant_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE ledger_attachment (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  record_id    BIGINT        NOT NULL,
  file_name    VARCHAR(200)  NOT NULL,
  file_sha256  CHAR(64)      NOT NULL,
  file_size    BIGINT        NOT NULL,
  file_type    VARCHAR(8)    NOT NULL,
  uploaded_at  DATETIME(6)   NOT NULL,
  uploaded_by  VARCHAR(100)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_ledger_attachment_record FOREIGN KEY (record_id) REFERENCES ledger_record (id)
) DEFAULT CHARSET=utf8mb4;
