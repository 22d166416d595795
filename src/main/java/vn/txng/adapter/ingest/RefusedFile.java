package vn.txng.adapter.ingest;

import vn.txng.adapter.model.Rejection;

/**
 * A file that could not be read to its end (its report's {@code fatal}): moved to the failed folder
 * (a remote source's {@code .error} folder), where a person must fix it and drop it again.
 * {@code source}: the sourceId, or {@code inbox}.
 */
public record RefusedFile(String file, String source, Rejection reason) {

    @Override
    public String toString() {
        return file + " (" + source + "): " + reason.code() + " at " + reason.position() + ": " + reason.message();
    }
}
