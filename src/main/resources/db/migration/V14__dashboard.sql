-- The commission's dashboard (监督看板) counts a year's obligation instances by unit, rule and status (and the
-- open ones past due): this index covers those GROUP BYs, so they read the index alone. It replaces the index on
-- (year_no, rule_id), whose look-ups it still serves by its first column, so generating a year writes no more
-- indexes than before.
DROP INDEX ix_obligation_year_rule ON obligation;
CREATE INDEX ix_obligation_year_unit ON obligation (year_no, organisation_id, rule_id, status, due_at);
