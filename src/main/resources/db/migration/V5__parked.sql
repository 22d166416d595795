-- State PARKED: a record that failed transiently txng.push.max-attempts times, or kept failing for
-- txng.push.give-up-after, is kept with its last error and never claimed until `retry --parked`.
-- retry_since: when the current run of failures began (the first failed attempt since the record was
-- last staged, re-queued or delivered); the give-up time counts from it. Portable SQL (H2 2.x, PostgreSQL 12+).
ALTER TABLE outbox_record DROP CONSTRAINT ck_outbox_record_state;
ALTER TABLE outbox_record ADD CONSTRAINT ck_outbox_record_state
    CHECK (state IN ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'REJECTED', 'RETRY', 'HELD', 'PARKED'));
ALTER TABLE outbox_record ADD COLUMN retry_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_target_delivery ADD COLUMN retry_since TIMESTAMP WITH TIME ZONE;
