-- Scored meetings of the commission (YW-10.2 专题汇报会, YW-10.4 述职会议): the session, its scorers, the units heard
-- in order with their speaker, and one score per scorer per item.
CREATE TABLE hearing_session (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  version           BIGINT       NOT NULL DEFAULT 0,
  organisation_id   BIGINT       NOT NULL,
  meeting_code      VARCHAR(32)  NOT NULL,
  rule_id           VARCHAR(20)  NOT NULL,
  title             VARCHAR(200) NOT NULL,
  held_at           DATETIME(6)  NOT NULL,
  place             VARCHAR(200) NOT NULL,
  chair_person_id   BIGINT       NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  started_at        DATETIME(6)  NULL,
  closed_at         DATETIME(6)  NULL,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_hearing_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_hearing_chair FOREIGN KEY (chair_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_hearing_organisation_held ON hearing_session (organisation_id, held_at);

CREATE TABLE hearing_scorer (
  id          BIGINT NOT NULL AUTO_INCREMENT,
  session_id  BIGINT NOT NULL,
  person_id   BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_hearing_scorer UNIQUE (session_id, person_id),
  CONSTRAINT fk_hearing_scorer_session FOREIGN KEY (session_id) REFERENCES hearing_session (id),
  CONSTRAINT fk_hearing_scorer_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

-- The row every score and the chair's close lock (SELECT ... FOR UPDATE): a score is stored before the close or refused.
CREATE TABLE hearing_item (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  version           BIGINT      NOT NULL DEFAULT 0,
  session_id        BIGINT      NOT NULL,
  sort_order        INT         NOT NULL,
  organisation_id   BIGINT      NOT NULL,
  speaker_person_id BIGINT      NOT NULL,
  status            VARCHAR(16) NOT NULL,
  closed_at         DATETIME(6) NULL,
  created_at        DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_hearing_item_unit UNIQUE (session_id, organisation_id),
  CONSTRAINT fk_hearing_item_session FOREIGN KEY (session_id) REFERENCES hearing_session (id),
  CONSTRAINT fk_hearing_item_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_hearing_item_speaker FOREIGN KEY (speaker_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE hearing_score (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  version           BIGINT        NOT NULL DEFAULT 0,
  item_id           BIGINT        NOT NULL,
  scorer_person_id  BIGINT        NOT NULL,
  score             DECIMAL(7, 3) NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_hearing_score UNIQUE (item_id, scorer_person_id),
  CONSTRAINT fk_hearing_score_item FOREIGN KEY (item_id) REFERENCES hearing_item (id),
  CONSTRAINT fk_hearing_score_scorer FOREIGN KEY (scorer_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
