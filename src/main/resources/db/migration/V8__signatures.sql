-- Signatures of the signed lists and other signed versions (签字背书, YW-11.3): each signer's SM2 key pair (the
-- private key only SM4-encrypted under the server's secret, which is never stored here) and the signatures.
CREATE TABLE signing_key (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  person_id           BIGINT        NOT NULL,
  algorithm           VARCHAR(16)   NOT NULL,
  public_key          VARBINARY(200) NOT NULL,
  private_key_sealed  VARBINARY(400) NOT NULL,
  fingerprint         CHAR(64)      NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_signing_key_person UNIQUE (person_id),
  CONSTRAINT uk_signing_key_fingerprint UNIQUE (fingerprint),
  CONSTRAINT fk_signing_key_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE signature_record (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  subject_type     VARCHAR(32)   NOT NULL,
  subject_id       BIGINT        NOT NULL,
  organisation_id  BIGINT        NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  signer_id        BIGINT        NOT NULL,
  signer_name      VARCHAR(100)  NOT NULL,
  signer_role      VARCHAR(40)   NOT NULL,
  signer_org_id    BIGINT        NOT NULL,
  signer_org_name  VARCHAR(200)  NOT NULL,
  signed_at        DATETIME(6)   NOT NULL,
  opinion          TEXT          NOT NULL,
  content_sha256   CHAR(64)      NOT NULL,
  key_id           BIGINT        NOT NULL,
  signature_value  VARBINARY(128) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_signature_signer UNIQUE (subject_type, subject_id, signer_id),
  CONSTRAINT fk_signature_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_signature_signer FOREIGN KEY (signer_id) REFERENCES person (id),
  CONSTRAINT fk_signature_key FOREIGN KEY (key_id) REFERENCES signing_key (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_signature_subject ON signature_record (subject_type, subject_id);
