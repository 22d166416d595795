-- Several nodes on one database: a file is claimed by one node before it is read, and the push schedule's
-- last fire is kept with the node that fired it (for `status`).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

-- A claimed file has claimed_by/claimed_until and no processed_at yet; another node skips it until the claim
-- expires (its node died mid-file) and then takes it over. processed_at is set when its records are staged.
ALTER TABLE source_file ALTER COLUMN processed_at DROP NOT NULL;
ALTER TABLE source_file ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE source_file ADD COLUMN claimed_until TIMESTAMP;

-- One row per schedule: which node fired it last, the tick it was for, and when it fired.
CREATE TABLE schedule_fire (
    schedule_name  VARCHAR(200) NOT NULL PRIMARY KEY,
    node_name      VARCHAR(200),
    scheduled_at   TIMESTAMP WITH TIME ZONE,
    fired_at       TIMESTAMP WITH TIME ZONE
);
INSERT INTO schedule_fire (schedule_name) VALUES ('push-portal');
