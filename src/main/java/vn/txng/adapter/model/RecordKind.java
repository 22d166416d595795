package vn.txng.adapter.model;

/** The kinds of record the portal takes, in the order they must reach it (a lot needs its product). */
public enum RecordKind {
    PRODUCT,
    LOT
}
