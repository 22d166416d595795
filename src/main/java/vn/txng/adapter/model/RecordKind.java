package vn.txng.adapter.model;

/**
 * The kinds of record the portal takes, in the order they must reach it: a lot needs its product, an event
 * needs its lots and its location (PORTAL-API.md section 5).
 */
public enum RecordKind {
    PRODUCT,
    LOT,
    LOCATION,
    EVENT
}
