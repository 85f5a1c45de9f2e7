-- Inspection (巡察, issue 15), first part: the committee terms coverage is counted in, the leader pool (组长库) and the
-- talent pool (人才库) with what avoidance needs (posts held before, places, declared relatives and interests), the
-- rounds with their targets and groups (一轮一组建, 一次一授权), and the draws by lot: each draw keeps its sealed
-- input, the commitment to its seed, the seed once revealed, the outcome, and why it was superseded.
CREATE TABLE inspection_term (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL DEFAULT 0,
  name        VARCHAR(100) NOT NULL,
  starts_on   DATE         NOT NULL,
  ends_on     DATE         NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_pool_member (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  version        BIGINT        NOT NULL DEFAULT 0,
  person_id      BIGINT        NOT NULL,
  pool           VARCHAR(10)   NOT NULL,
  native_place   VARCHAR(100)  NULL,
  places_worked  VARCHAR(500)  NULL,
  expertise      VARCHAR(200)  NULL,
  dispatched     BOOLEAN       NOT NULL DEFAULT FALSE,
  active         BOOLEAN       NOT NULL DEFAULT TRUE,
  note           VARCHAR(500)  NULL,
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_pool_member UNIQUE (person_id, pool),
  CONSTRAINT fk_inspection_pool_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

-- Posts a pool member held before (任职回避); current posts come from the directory.
CREATE TABLE inspection_past_post (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  person_id        BIGINT        NOT NULL,
  organisation_id  BIGINT        NOT NULL,
  title            VARCHAR(100)  NOT NULL,
  from_date        DATE          NOT NULL,
  to_date          DATE          NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inspection_past_post_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_inspection_past_post_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

-- Declared relatives and interests in units (公务回避).
CREATE TABLE inspection_declaration (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  person_id        BIGINT        NOT NULL,
  organisation_id  BIGINT        NOT NULL,
  relation         VARCHAR(50)   NOT NULL,
  detail           VARCHAR(500)  NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inspection_declaration_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_inspection_declaration_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_round (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  version         BIGINT        NOT NULL DEFAULT 0,
  name            VARCHAR(100)  NOT NULL,
  kind            VARCHAR(12)   NOT NULL,
  look_back_of    BIGINT        NULL,
  starts_on       DATE          NOT NULL,
  ends_on         DATE          NOT NULL,
  working_days    INT           NOT NULL,
  duration_adjustment VARCHAR(200) NULL,
  authorised_by   VARCHAR(200)  NOT NULL,
  authorised_on   DATE          NOT NULL,
  state           VARCHAR(12)   NOT NULL,
  created_by_name VARCHAR(100)  NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inspection_round_look_back FOREIGN KEY (look_back_of) REFERENCES inspection_round (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_group (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  version           BIGINT        NOT NULL DEFAULT 0,
  round_id          BIGINT        NOT NULL,
  group_key         VARCHAR(10)   NOT NULL,
  name              VARCHAR(50)   NOT NULL,
  leader_person_id  BIGINT        NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_group UNIQUE (round_id, group_key),
  CONSTRAINT fk_inspection_group_round FOREIGN KEY (round_id) REFERENCES inspection_round (id),
  CONSTRAINT fk_inspection_group_leader FOREIGN KEY (leader_person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_group_member (
  group_id   BIGINT NOT NULL,
  person_id  BIGINT NOT NULL,
  PRIMARY KEY (group_id, person_id),
  CONSTRAINT fk_inspection_group_member_group FOREIGN KEY (group_id) REFERENCES inspection_group (id),
  CONSTRAINT fk_inspection_group_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_target (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  version          BIGINT       NOT NULL DEFAULT 0,
  round_id         BIGINT       NOT NULL,
  organisation_id  BIGINT       NOT NULL,
  group_id         BIGINT       NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_target UNIQUE (round_id, organisation_id),
  CONSTRAINT fk_inspection_target_round FOREIGN KEY (round_id) REFERENCES inspection_round (id),
  CONSTRAINT fk_inspection_target_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_inspection_target_group FOREIGN KEY (group_id) REFERENCES inspection_group (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_draw (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  round_id         BIGINT        NOT NULL,
  seq_no           INT           NOT NULL,
  state            VARCHAR(12)   NOT NULL,
  rule_id          VARCHAR(20)   NULL,
  input_json       LONGTEXT      NOT NULL,
  input_digest     CHAR(64)      NOT NULL,
  commitment       CHAR(64)      NOT NULL,
  seed             CHAR(64)      NOT NULL,
  witness          VARCHAR(200)  NULL,
  final_seed       CHAR(64)      NULL,
  outcome_json     LONGTEXT      NULL,
  sealed_by_name   VARCHAR(100)  NOT NULL,
  sealed_at        DATETIME(6)   NOT NULL,
  drawn_by_name    VARCHAR(100)  NULL,
  drawn_at         DATETIME(6)   NULL,
  ended_reason     VARCHAR(500)  NULL,
  ended_by_name    VARCHAR(100)  NULL,
  ended_at         DATETIME(6)   NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_draw UNIQUE (round_id, seq_no),
  CONSTRAINT fk_inspection_draw_round FOREIGN KEY (round_id) REFERENCES inspection_round (id)
) DEFAULT CHARSET=utf8mb4;
