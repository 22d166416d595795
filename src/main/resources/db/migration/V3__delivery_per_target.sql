-- Delivery state per portal target. A target is the portal records go to: the sandbox, or an API base with
-- its client id. outbox_record keeps the staged content and the delivery state for the ACTIVE target (so
-- staging, claiming and marking stay one-table statements); the state of every other target the outbox
-- has pushed to is kept in outbox_target_delivery until that target is configured again (see TargetSwitch).
-- An outbox upgraded from version 2 has no active target yet: the first start after the upgrade attributes
-- its delivery state to the target configured then. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
CREATE TABLE outbox_target (
    -- SANDBOX, or a hash of the normalised API base and client id (never of the secret)
    target_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- what status prints: the normalised API base (or SANDBOX) and the client id
    description      VARCHAR(600) NOT NULL,
    active           BOOLEAN      NOT NULL,
    first_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the fault of the connection that stopped the last push pass; cleared by a pass that completes
    last_fault       VARCHAR(2000),
    last_fault_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE outbox_target_delivery (
    target_id        VARCHAR(64)  NOT NULL,
    record_id        BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    -- the content the state is about: a rejection or retry counts only for this content
    content_hash     CHAR(64)     NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    last_error_at    TIMESTAMP WITH TIME ZONE,
    portal_id        VARCHAR(200),
    reject_code      VARCHAR(100),
    reject_reason    VARCHAR(2000),
    delivered_hash   CHAR(64),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_outbox_target_delivery PRIMARY KEY (target_id, record_id),
    CONSTRAINT fk_outbox_target_delivery_target FOREIGN KEY (target_id) REFERENCES outbox_target (target_id),
    CONSTRAINT fk_outbox_target_delivery_record FOREIGN KEY (record_id) REFERENCES outbox_record (id)
);

-- status per other target, and later work that reads one state of one kind of one target
CREATE INDEX ix_outbox_target_delivery_state ON outbox_target_delivery (target_id, kind, state, record_id);
