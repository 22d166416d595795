-- Remote sources (FTP, FTPS, SFTP, HTTP): which files each source has processed, and how its polls go.
-- V4, not V3: another change takes V3; Flyway applies versions in order and accepts the gap.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

-- A file key (path, size, modification time) is written once its records are staged; the primary key
-- lets only one node mark a file, and a file re-uploaded with new content has a new key.
CREATE TABLE source_file (
    source_id     VARCHAR(64)   NOT NULL,
    file_key      VARCHAR(1000) NOT NULL,
    processed_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_source_file PRIMARY KEY (source_id, file_key)
);

-- One row per source, for `status`: the last poll, the last file processed, the last error.
CREATE TABLE source_state (
    source_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    template       VARCHAR(64)   NOT NULL,
    location       VARCHAR(500)  NOT NULL,
    last_poll_at   TIMESTAMP WITH TIME ZONE,
    last_file      VARCHAR(1000),
    last_file_at   TIMESTAMP WITH TIME ZONE,
    last_error     VARCHAR(2000),
    last_error_at  TIMESTAMP WITH TIME ZONE,
    failing_since  TIMESTAMP WITH TIME ZONE
);

-- txng-http-source: the validators and the content hash of the last body processed, so that an unchanged
-- export is neither fetched (If-None-Match / If-Modified-Since) nor processed (same SHA-256) again.
ALTER TABLE source_state ADD COLUMN http_etag VARCHAR(1000);
ALTER TABLE source_state ADD COLUMN http_last_modified VARCHAR(100);
ALTER TABLE source_state ADD COLUMN content_hash CHAR(64);
