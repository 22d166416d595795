package vn.txng.adapter.outbox;

import vn.txng.adapter.model.TraceRecord;

/** The content last staged for a key, and where it stands. */
public record StagedContent(TraceRecord record, DeliveryState state) {
}
