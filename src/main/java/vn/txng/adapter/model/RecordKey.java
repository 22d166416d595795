package vn.txng.adapter.model;

/** A record's identity: its kind and its business key (what the portal upserts on). */
public record RecordKey(RecordKind kind, String businessKey) {

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + businessKey;
    }
}
