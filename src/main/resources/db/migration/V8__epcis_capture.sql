-- Issue 21 part 2: an EPCIS 2.0 repository is a second delivery target beside the portal, with a delivery state of
-- its own that the portal's push never reads or writes. A repository is known by a hash of its normalised capture URL
-- (never of a credential); a record's state there is keyed by the content it is about, so a record staged again with
-- other content is due again and the old content's row stays as history. Portable SQL: runs unchanged on H2 2.x and
-- PostgreSQL 12+.
CREATE TABLE epcis_repository (
    repository_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- what status prints: the normalised capture URL, without user info or query
    description      VARCHAR(600) NOT NULL,
    first_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_capture_at  TIMESTAMP WITH TIME ZONE,
    -- the fault of the connection that stopped the last capture pass; cleared by a pass that completes
    last_fault       VARCHAR(2000),
    last_fault_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE epcis_capture (
    repository_id    VARCHAR(64)  NOT NULL,
    record_id        BIGINT       NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    -- the eventID the content was captured under: stable, so a capture sent again is a duplicate there
    event_id         VARCHAR(300) NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_epcis_capture PRIMARY KEY (repository_id, record_id, content_hash),
    CONSTRAINT ck_epcis_capture_state CHECK (state IN ('CAPTURED', 'REJECTED', 'RETRY', 'SKIPPED')),
    CONSTRAINT fk_epcis_capture_repository FOREIGN KEY (repository_id) REFERENCES epcis_repository (repository_id),
    CONSTRAINT fk_epcis_capture_record FOREIGN KEY (record_id) REFERENCES outbox_record (id)
);

-- status: one state of one repository
CREATE INDEX ix_epcis_capture_state ON epcis_capture (repository_id, state);
