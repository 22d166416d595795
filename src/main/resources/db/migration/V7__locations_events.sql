-- Issue 19: locations and traceability events go through the outbox like products and lots, and every record waits
-- for what the portal must have first (TraceRecord.prerequisites: a lot its product, an event its location and lots).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
ALTER TABLE outbox_record DROP CONSTRAINT ck_outbox_record_kind;
ALTER TABLE outbox_record ADD CONSTRAINT ck_outbox_record_kind CHECK (kind IN ('PRODUCT', 'LOT', 'LOCATION', 'EVENT'));

-- What a waiting record waits for: one row per prerequisite that was staged here and not confirmed when the push
-- held it (state HELD) or rejected it because the portal rejected that prerequisite (reject_code
-- PREREQUISITE_REJECTED). An event's lots and location cannot be derived from its key, as a lot's product can, so
-- they are written down. The push's release step makes such a record pending again once none of its rows names a
-- record still on its way (see PrerequisiteWaits). Rows of a record no longer waiting are dropped by that step.
CREATE TABLE outbox_wait (
    record_id     BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    business_key  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_outbox_wait PRIMARY KEY (record_id, business_key, kind),
    CONSTRAINT fk_outbox_wait_record FOREIGN KEY (record_id) REFERENCES outbox_record (id)
);

-- lots held for their held product before this version wait for it here now (a lot key is GTIN/lot number)
INSERT INTO outbox_wait (record_id, kind, business_key)
    SELECT id, 'PRODUCT', SUBSTRING(business_key FROM 1 FOR POSITION('/' IN business_key) - 1) FROM outbox_record
    WHERE kind = 'LOT' AND state = 'HELD' AND reject_code = 'PRODUCT_HELD';
