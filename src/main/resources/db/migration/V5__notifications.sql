-- In-app inbox (站内消息): one row per message to one person; read_at is set when they open it.
CREATE TABLE inbox_message (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  version      BIGINT        NOT NULL DEFAULT 0,
  person_id    BIGINT        NOT NULL,
  topic        VARCHAR(40)   NOT NULL,
  reference_id BIGINT        NULL,
  subject      VARCHAR(200)  NOT NULL,
  body         VARCHAR(2000) NOT NULL,
  link         VARCHAR(200)  NULL,
  read_at      DATETIME(6)   NULL,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inbox_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_inbox_person_read ON inbox_message (person_id, read_at);
CREATE INDEX ix_inbox_person_created ON inbox_message (person_id, created_at);

-- Sent-log of obligation reminders: one row per obligation, person, reminder (D-5, D-1, OVERDUE-0 ...) and
-- channel (INBOX, EMAIL). The row is inserted before the delivery in the same transaction; its unique key decides,
-- across restarts and nodes, who sends, and a rolled-back (failed) delivery leaves no row, so it is retried.
CREATE TABLE reminder_log (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  obligation_id BIGINT      NOT NULL,
  person_id     BIGINT      NOT NULL,
  reminder_key  VARCHAR(20) NOT NULL,
  channel       VARCHAR(10) NOT NULL,
  sent_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_reminder_log UNIQUE (obligation_id, person_id, reminder_key, channel),
  CONSTRAINT fk_reminder_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
  CONSTRAINT fk_reminder_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
