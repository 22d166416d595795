package vn.txng.adapter.outbox;

import java.time.Instant;
import vn.txng.adapter.model.ErrorDeclaration;
import vn.txng.adapter.model.TraceRecord;

/**
 * A record as last staged, when that content was staged (UTC), and whether an EPCIS error declaration withdrew it
 * before the portal had it (an event rejected {@link Outbox#WITHDRAWN}); its outbox row id and the SHA-256 of that
 * content (64 hex digits) are what a delivery state of its own (an EPCIS repository's) is keyed by. {@code declaration}
 * is the EPCIS errorDeclaration of an event declared in error after the portal had it, else null.
 */
public record StagedVersion(TraceRecord record, Instant stagedAt, boolean withdrawn, long recordId, String contentHash,
                            ErrorDeclaration declaration) {

    /** A version no error declaration names. */
    public StagedVersion(TraceRecord record, Instant stagedAt, boolean withdrawn, long recordId, String contentHash) {
        this(record, stagedAt, withdrawn, recordId, contentHash, null);
    }

    /**
     * What an EPCIS repository's delivery state ({@link CaptureLedger}) keys this version by: its content hash, or for an
     * event declared in error the SHA-256 of that hash and the declaration, as EPCIS 2.0 declares an error by capturing
     * the same event (same eventID) again with its errorDeclaration: another content, captured once more.
     */
    public String captureHash() {
        if (declaration == null) {
            return contentHash;
        }
        String declared = contentHash + '\n' + declaration.declarationTime().toInstant() + '\n'
                + (declaration.reason() == null ? "" : declaration.reason()) + '\n' + String.join(" ", declaration.correctiveEventIds());
        return new ContentDigest().hash(declared.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
