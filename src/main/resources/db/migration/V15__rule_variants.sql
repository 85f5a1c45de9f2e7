-- Packs compose per locality (issue 14): an instance records the version of the pack its rule came from, so a later
-- pack version or a switched variant never rewrites what was already generated; rows generated before this
-- migration did not record it (NULL, shown as "not recorded").
ALTER TABLE obligation ADD COLUMN pack_version VARCHAR(20) NULL;

-- The administrator's choice among a locality's alternative packs (e.g. inspection by JDZ or by ZZ), one row per
-- variant group; a group without a row uses the first pack the configuration lists for it.
CREATE TABLE rule_variant (
  group_key   VARCHAR(40)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  pack_id     VARCHAR(40)  NOT NULL,
  chosen_by   VARCHAR(100) NOT NULL,
  chosen_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (group_key)
);
