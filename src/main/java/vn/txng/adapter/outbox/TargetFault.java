package vn.txng.adapter.outbox;

import java.time.Instant;

/** The connection fault that stopped the last push pass to the active target, and when. */
public record TargetFault(String message, Instant at) {
}
