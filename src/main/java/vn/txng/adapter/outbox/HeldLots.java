package vn.txng.adapter.outbox;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;

/**
 * Lots whose product is held (it lacks fields another file must supply): they wait as HELD rather
 * than retry, so they cost no attempts and no portal calls, and go back to PENDING once their
 * product is no longer held nor on its way to the portal. A lot's key is its product's key, a slash and the lot number.
 */
final class HeldLots {

    static final String CODE = "PRODUCT_HELD";

    // only while the product is still held: a product completed meanwhile lets the caller retry as usual
    private static final String HOLD = "UPDATE outbox_record SET state = 'HELD', reject_code = ?, reject_reason = ?,"
            + " claimed_until = NULL, next_attempt_at = NULL, updated_at = ?"
            + " WHERE id = ? AND content_hash = ? AND state = 'IN_FLIGHT' AND EXISTS (SELECT 1 FROM outbox_record p"
            + " WHERE p.kind = 'PRODUCT' AND p.business_key = ? AND p.state = 'HELD')";
    // A lot goes back to pending once its product is no longer held AND no longer on its way (pending, in
    // flight, retry): released only when the product is delivered (or rejected, or gone), so a lot never
    // spends an attempt on a 409 while its product is still being sent. The product's key is the lot key
    // up to its first slash (a GTIN has none), compared exactly so that the unique key index serves the
    // lookup: a LIKE would compare every held lot with every waiting product.
    private static final String RELEASE = "UPDATE outbox_record AS l SET state = 'PENDING', reject_code = NULL,"
            + " reject_reason = NULL, updated_at = ? WHERE l.kind = 'LOT' AND l.state = 'HELD' AND NOT EXISTS"
            + " (SELECT 1 FROM outbox_record p WHERE p.kind = 'PRODUCT'"
            + " AND p.business_key = SUBSTRING(l.business_key FROM 1 FOR POSITION('/' IN l.business_key) - 1)"
            + " AND p.state IN ('HELD', 'PENDING', 'IN_FLIGHT', 'RETRY'))";

    private final JdbcTransaction transaction;
    private final Clock clock;

    HeldLots(JdbcTransaction transaction, Clock clock) {
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Holds the claimed lot while {@code productKey} is held; false (nothing done) when it is not, or the lot was re-staged. */
    boolean hold(OutboxItem lot, String productKey) {
        Instant now = clock.instant();
        return transaction.inTransaction("hold lot " + lot.id() + " for its product", connection -> {
            try (PreparedStatement update = connection.prepareStatement(HOLD)) {
                update.setString(1, CODE);
                update.setString(2, "waits for product " + productKey + ", held until a file completes it and it is delivered");
                SqlTime.set(update, 3, now);
                update.setLong(4, lot.id());
                update.setString(5, lot.contentHash());
                update.setString(6, productKey);
                return update.executeUpdate() > 0;
            }
        });
    }

    /** Makes pending again every held lot whose product is delivered (or rejected, or gone); returns how many. */
    int release() {
        Instant now = clock.instant();
        return transaction.inTransaction("release lots of completed products", connection -> {
            try (PreparedStatement update = connection.prepareStatement(RELEASE)) {
                SqlTime.set(update, 1, now);
                return update.executeUpdate();
            }
        });
    }
}
