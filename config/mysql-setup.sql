-- Zeren — database and application account on MySQL 8 / MariaDB 10.11+. Run once as an administrator:
--   mysql -uroot -p < config/mysql-setup.sql
-- Flyway creates the tables at the portal's first start, so the account needs DDL rights on its own schema.
-- The audit trail is made append-only by triggers (migration V2), hence the TRIGGER privilege. With binary
-- logging on, MySQL also needs log_bin_trust_function_creators=1 for a non-SUPER account to create triggers.
CREATE DATABASE IF NOT EXISTS zeren CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'zeren_app'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP, TRIGGER ON zeren.* TO 'zeren_app'@'%';
FLUSH PRIVILEGES;
-- Optional, MySQL 8 only (MariaDB has it on): lets the yearly generation of obligations use LOAD DATA LOCAL,
-- about three times faster than INSERTs (docs/operations.md).
-- SET PERSIST local_infile = 1;
