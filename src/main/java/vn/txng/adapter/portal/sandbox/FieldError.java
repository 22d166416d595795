package vn.txng.adapter.portal.sandbox;

/** One field's problem, as the portal lists it in {@code errors}. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
