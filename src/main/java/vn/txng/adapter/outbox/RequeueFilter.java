package vn.txng.adapter.outbox;

/**
 * Which records {@link Outbox#requeue} sends again to the active target: the rejected ones, all or
 * those with one reject code, or one business key. Later states (parked records) join here.
 *
 * @param rejectCode  only records rejected with this code (e.g. {@code ERR_SYS_DEV}), or null for any
 * @param businessKey only this record (a GTIN-14, or GTIN-14/lot), or null for any
 */
public record RequeueFilter(String rejectCode, String businessKey) {

    public RequeueFilter {
        rejectCode = rejectCode == null || rejectCode.isBlank() ? null : rejectCode.strip();
        businessKey = businessKey == null || businessKey.isBlank() ? null : businessKey.strip();
    }

    /** Every rejected record. */
    public static RequeueFilter rejected() {
        return new RequeueFilter(null, null);
    }

    public RequeueFilter withCode(String code) {
        return new RequeueFilter(code, businessKey);
    }

    public RequeueFilter withKey(String key) {
        return new RequeueFilter(rejectCode, key);
    }

    @Override
    public String toString() {
        return "rejected records" + (rejectCode == null ? "" : " with code " + rejectCode)
                + (businessKey == null ? "" : " with key " + businessKey);
    }
}
