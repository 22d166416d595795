-- State HELD: content kept but not sent, a product that lacks required fields another file can
-- supply, or a lot whose product is held. What the row waits for is kept in reject_code and
-- reject_reason (see Outbox.hold). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
ALTER TABLE outbox_record DROP CONSTRAINT ck_outbox_record_state;
ALTER TABLE outbox_record ADD CONSTRAINT ck_outbox_record_state
    CHECK (state IN ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'REJECTED', 'RETRY', 'HELD'));
