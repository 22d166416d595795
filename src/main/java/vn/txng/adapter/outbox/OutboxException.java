package vn.txng.adapter.outbox;

/** The outbox database could not do what was asked; the message says which operation failed. */
public final class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboxException(String message) {
        super(message);
    }
}
