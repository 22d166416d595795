package vn.txng.adapter.outbox;

import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/** The identity of a row: what the table's unique key is made of. */
record RecordRef(RecordKind kind, String businessKey) {

    static RecordRef of(TraceRecord record, int index) {
        String key = record.businessKey();
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("record " + index + " of the chunk (" + record.kind()
                    + ") has no business key; check records before staging them");
        }
        return new RecordRef(record.kind(), key);
    }
}
