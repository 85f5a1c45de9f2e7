-- Interviews (约谈提醒, YW-12): the scheduled talk with its two sides and minutes, the interviewee's explanation
-- (情况说明, signed by the interviewing leader as subject INTERVIEW_EXPLANATION), the figures the commission records
-- per unit and year, and the interviews the rule pack's thresholds suggest.
CREATE TABLE interview (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  organisation_id        BIGINT        NOT NULL,
  type_code              VARCHAR(40)   NOT NULL,
  rule_id                VARCHAR(20)   NOT NULL,
  interviewer_person_id  BIGINT        NOT NULL,
  interviewee_person_id  BIGINT        NOT NULL,
  scheduled_at           DATETIME(6)   NOT NULL,
  place                  VARCHAR(200)  NOT NULL,
  topic                  VARCHAR(2000) NOT NULL,
  scheduled_by_person_id BIGINT        NULL,
  scheduled_by_org_id    BIGINT        NULL,
  status                 VARCHAR(16)   NOT NULL,
  minutes                TEXT          NULL,
  minutes_at             DATETIME(6)   NULL,
  replied_at             DATETIME(6)   NULL,
  day_before_sent        BOOLEAN       NOT NULL DEFAULT FALSE,
  suggestion_id          BIGINT        NULL,
  created_at             DATETIME(6)   NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_interview_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_interview_interviewer FOREIGN KEY (interviewer_person_id) REFERENCES person (id),
  CONSTRAINT fk_interview_interviewee FOREIGN KEY (interviewee_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_interview_scheduled ON interview (status, scheduled_at);
CREATE INDEX ix_interview_interviewee ON interview (interviewee_person_id, scheduled_at);

CREATE TABLE interview_explanation (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  version       BIGINT      NOT NULL DEFAULT 0,
  interview_id  BIGINT      NOT NULL,
  text          TEXT        NOT NULL,
  written_at    DATETIME(6) NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  updated_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_interview_explanation UNIQUE (interview_id),
  CONSTRAINT fk_explanation_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE unit_figures (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  organisation_id BIGINT       NOT NULL,
  year            INT          NOT NULL,
  other_problems  INT          NOT NULL DEFAULT 0,
  petitions       INT          NOT NULL DEFAULT 0,
  cases           INT          NOT NULL DEFAULT 0,
  satisfaction    DECIMAL(5,2) NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_unit_figures UNIQUE (organisation_id, year),
  CONSTRAINT fk_unit_figures_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE interview_suggestion (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  version         BIGINT        NOT NULL DEFAULT 0,
  organisation_id BIGINT        NOT NULL,
  year            INT           NOT NULL,
  trigger_code    VARCHAR(40)   NOT NULL,
  rule_id         VARCHAR(20)   NOT NULL,
  figure          DECIMAL(12,2) NOT NULL,
  threshold       DECIMAL(12,2) NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  interview_id    BIGINT        NULL,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_interview_suggestion UNIQUE (organisation_id, year, trigger_code),
  CONSTRAINT fk_suggestion_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_suggestion_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
) DEFAULT CHARSET=utf8mb4;
