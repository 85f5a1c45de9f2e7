-- Zeren foundation schema: organisations, people, accounts, roles, API tokens, audit trail.
-- Runs unchanged on H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11; all text is utf8mb4.
-- Instants are stored as UTC wall-clock DATETIME(6) (see InstantConverter).

CREATE TABLE organisation (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  version              BIGINT       NOT NULL DEFAULT 0,
  code                 VARCHAR(32)  NOT NULL,
  name                 VARCHAR(100) NOT NULL,
  kind                 VARCHAR(32)  NOT NULL,
  parent_id            BIGINT       NULL,
  path                 VARCHAR(512) NOT NULL,
  sort_order           INT          NOT NULL DEFAULT 0,
  party_body_type      VARCHAR(32)  NOT NULL,
  party_body_name      VARCHAR(100) NOT NULL,
  discipline_body_type VARCHAR(32)  NOT NULL,
  discipline_body_name VARCHAR(100) NOT NULL,
  active               BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at           DATETIME(6)  NOT NULL,
  updated_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_organisation_code UNIQUE (code),
  CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_organisation_path ON organisation (path);

CREATE TABLE person (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  name            VARCHAR(50)  NOT NULL,
  organisation_id BIGINT       NOT NULL,
  job_title       VARCHAR(100) NULL,
  phone           VARCHAR(30)  NULL,
  email           VARCHAR(200) NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_person_organisation ON person (organisation_id);

-- A post held by a person in an organisation's leadership team or discipline organisation (职务).
CREATE TABLE org_position (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  organisation_id BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  title           VARCHAR(100) NOT NULL,
  areas_in_charge VARCHAR(500) NULL,
  sort_order      INT          NOT NULL DEFAULT 0,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_position_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_position_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_position_organisation ON org_position (organisation_id);
CREATE INDEX ix_position_person ON org_position (person_id);

CREATE TABLE user_account (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  version             BIGINT       NOT NULL DEFAULT 0,
  person_id           BIGINT       NOT NULL,
  username            VARCHAR(64)  NOT NULL,
  password_hash       VARCHAR(512) NOT NULL,
  failed_attempts     INT          NOT NULL DEFAULT 0,
  locked_until        DATETIME(6)  NULL,
  last_sign_in_at     DATETIME(6)  NULL,
  email_notifications BOOLEAN      NOT NULL DEFAULT TRUE,
  active              BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at          DATETIME(6)  NOT NULL,
  updated_at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_account_username UNIQUE (username),
  CONSTRAINT uk_account_person UNIQUE (person_id),
  CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

-- The portal roles a person acts in, each for one organisation (and its subtree).
CREATE TABLE role_assignment (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  version         BIGINT      NOT NULL DEFAULT 0,
  person_id       BIGINT      NOT NULL,
  organisation_id BIGINT      NOT NULL,
  role            VARCHAR(40) NOT NULL,
  active          BOOLEAN     NOT NULL DEFAULT TRUE,
  created_at      DATETIME(6) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_role_assignment UNIQUE (person_id, organisation_id, role),
  CONSTRAINT fk_role_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_role_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

-- Personal API tokens: only a SHA-256 of the secret is kept.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  version      BIGINT       NOT NULL DEFAULT 0,
  person_id    BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  token_prefix VARCHAR(16)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  last_used_at DATETIME(6)  NULL,
  revoked_at   DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

-- Append-only audit trail. The application inserts and reads; nothing updates or deletes
-- (docs/operations.md shows the GRANTs that make the database refuse it too).
CREATE TABLE audit_entry (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at     DATETIME(6)  NOT NULL,
  actor_person_id BIGINT       NULL,
  actor_username  VARCHAR(64)  NOT NULL,
  acting_role     VARCHAR(40)  NULL,
  acting_org_id   BIGINT       NULL,
  action          VARCHAR(32)  NOT NULL,
  entity_type     VARCHAR(64)  NOT NULL,
  entity_id       VARCHAR(64)  NULL,
  changes         MEDIUMTEXT   NULL,
  client_address  VARCHAR(64)  NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor_username);
