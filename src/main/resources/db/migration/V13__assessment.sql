-- Quantified assessment (考核评价, YW-13.2, YW-13.3): one indicator set per year, created from the rule pack's
-- template, edited while DRAFT and locked when PUBLISHED; reviewers' manual scores and adjustments with their
-- justification; the computed results of each unit as a snapshot (total, rank, grade and the items of the breakdown
-- as JSON), recomputed until they are published to a scope, then frozen.
CREATE TABLE assessment_set (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  version              BIGINT       NOT NULL DEFAULT 0,
  year_no              INT          NOT NULL,
  pack_id              VARCHAR(40)  NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  published_at         DATETIME(6)  NULL,
  published_by         VARCHAR(100) NULL,
  results_status       VARCHAR(16)  NOT NULL,
  results_scope        VARCHAR(16)  NULL,
  results_computed_at  DATETIME(6)  NULL,
  results_published_at DATETIME(6)  NULL,
  results_published_by VARCHAR(100) NULL,
  created_at           DATETIME(6)  NOT NULL,
  updated_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_assessment_set_year UNIQUE (year_no)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_indicator (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  version     BIGINT        NOT NULL DEFAULT 0,
  set_id      BIGINT        NOT NULL,
  code        VARCHAR(30)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  rule_ids    VARCHAR(200)  NOT NULL,
  max_points  DECIMAL(6,2)  NOT NULL,
  parameters  VARCHAR(2000) NOT NULL,
  sort_order  INT           NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_assessment_indicator UNIQUE (set_id, code),
  CONSTRAINT fk_assessment_indicator_set FOREIGN KEY (set_id) REFERENCES assessment_set (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_manual (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  set_id           BIGINT        NOT NULL,
  organisation_id  BIGINT        NOT NULL,
  indicator_code   VARCHAR(30)   NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  points           DECIMAL(6,2)  NOT NULL,
  justification    VARCHAR(2000) NOT NULL,
  entered_by_name  VARCHAR(100)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_assessment_manual UNIQUE (set_id, organisation_id, indicator_code, kind),
  CONSTRAINT fk_assessment_manual_set FOREIGN KEY (set_id) REFERENCES assessment_set (id),
  CONSTRAINT fk_assessment_manual_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_result (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  set_id            BIGINT        NOT NULL,
  organisation_id   BIGINT        NOT NULL,
  organisation_name VARCHAR(100)  NOT NULL,
  total             DECIMAL(7,2)  NOT NULL,
  rank_no           INT           NOT NULL,
  grade_code        VARCHAR(30)   NULL,
  grade_label       VARCHAR(30)   NULL,
  items             MEDIUMTEXT    NOT NULL,
  computed_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_assessment_result UNIQUE (set_id, organisation_id),
  CONSTRAINT fk_assessment_result_set FOREIGN KEY (set_id) REFERENCES assessment_set (id),
  CONSTRAINT fk_assessment_result_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_assessment_result_rank ON assessment_result (set_id, rank_no);
