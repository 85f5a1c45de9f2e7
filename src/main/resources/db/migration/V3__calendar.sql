-- Official holiday schedules (节假日安排), one row per listed date; a year is "loaded" when calendar_year has it.
CREATE TABLE calendar_year (
  year_no    INT          NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  source     VARCHAR(200) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (year_no)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE calendar_day (
  id       BIGINT      NOT NULL AUTO_INCREMENT,
  year_no  INT         NOT NULL,
  listed_date DATE     NOT NULL,
  kind     VARCHAR(16) NOT NULL,
  name     VARCHAR(50) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_calendar_day UNIQUE (listed_date),
  CONSTRAINT fk_calendar_day_year FOREIGN KEY (year_no) REFERENCES calendar_year (year_no)
) DEFAULT CHARSET=utf8mb4;
