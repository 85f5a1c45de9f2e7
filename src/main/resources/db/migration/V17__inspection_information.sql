-- Before entry (巡前沟通信息, XC-3.2): the office's letters asking bodies for what they know of a round's targets;
-- each letter opens an obligation instance of its recipient (due 5 working days after it is received, on the
-- calendar), and the recipient answers in writing with documents. A letter is never deleted.
CREATE TABLE inspection_request (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  round_id         BIGINT        NOT NULL,
  recipient_key    VARCHAR(40)   NOT NULL,
  recipient_title  VARCHAR(100)  NOT NULL,
  provides         VARCHAR(1000) NOT NULL,
  organisation_id  BIGINT        NOT NULL,
  rule_id          VARCHAR(20)   NOT NULL,
  obligation_id    BIGINT        NOT NULL,
  sent_on          DATE          NOT NULL,
  due_date         DATE          NOT NULL,
  sent_by_name     VARCHAR(100)  NOT NULL,
  answer           VARCHAR(4000) NULL,
  answered_at      DATETIME(6)   NULL,
  answered_by_name VARCHAR(100)  NULL,
  late             BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_request UNIQUE (round_id, recipient_key),
  CONSTRAINT fk_inspection_request_round FOREIGN KEY (round_id) REFERENCES inspection_round (id),
  CONSTRAINT fk_inspection_request_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_request_document (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  request_id   BIGINT        NOT NULL,
  file_name    VARCHAR(200)  NOT NULL,
  file_sha256  CHAR(64)      NOT NULL,
  file_size    BIGINT        NOT NULL,
  file_type    VARCHAR(8)    NOT NULL,
  uploaded_at  DATETIME(6)   NOT NULL,
  uploaded_by  VARCHAR(100)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inspection_request_document FOREIGN KEY (request_id) REFERENCES inspection_request (id)
) DEFAULT CHARSET=utf8mb4;
