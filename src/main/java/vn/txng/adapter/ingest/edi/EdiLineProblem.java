package vn.txng.adapter.ingest.edi;

import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/** A value in a line that cannot be mapped; the mapper turns it into a rejection of that line. */
public final class EdiLineProblem extends RuntimeException {

    private final String code;
    private final String field;

    public EdiLineProblem(String code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public Rejection at(SourcePosition position) {
        return new Rejection(code, position, field, getMessage());
    }

    public String code() {
        return code;
    }
}
