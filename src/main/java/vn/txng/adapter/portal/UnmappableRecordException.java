package vn.txng.adapter.portal;

/** A record that cannot be put into the profile's JSON at all (it was not normalised). */
public class UnmappableRecordException extends IllegalArgumentException {

    public UnmappableRecordException(String message) {
        super(message);
    }
}
