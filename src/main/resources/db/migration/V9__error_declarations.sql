-- Events an EPCIS errorDeclaration withdrew after the portal had them (issue 21): the portal has no withdrawal, so
-- status lists them for a person to correct on the portal. One row per event key; a later declaration of the same
-- event replaces the row. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
CREATE TABLE outbox_error_declaration (
    business_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    declared_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the file that carried the declaration
    declared_in      VARCHAR(600) NOT NULL,
    -- the declaration as EPCIS gave it, written with the event by export-epcis and captured again: its
    -- declarationTime (its reading time when it gave none), its reason, its correctiveEventIDs separated by spaces
    declaration_time TIMESTAMP WITH TIME ZONE,
    reason           VARCHAR(600),
    corrective_event_ids VARCHAR(4000)
);
