package vn.txng.adapter.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.RecordKind;

/**
 * Read-only, paged questions the console asks of the outbox: records by key and state, one record with its
 * deliveries per target, the events of a lot, delivered and refused records per day. Every list is cut in the
 * database ({@code LIMIT}, a keyset cursor), never in memory; nothing here writes.
 */
public final class OutboxBrowser {

    /** The delivery states a person filters by; waiting is every state the push still works on. */
    public enum StateFilter {
        REJECTED(DeliveryState.REJECTED),
        PARKED(DeliveryState.PARKED),
        HELD(DeliveryState.HELD),
        WAITING(DeliveryState.PENDING, DeliveryState.IN_FLIGHT, DeliveryState.RETRY),
        DELIVERED(DeliveryState.DELIVERED);

        private final Set<DeliveryState> states;

        StateFilter(DeliveryState first, DeliveryState... more) {
            this.states = EnumSet.of(first, more);
        }

        public Set<DeliveryState> states() {
            return states;
        }

        /** The filter that lists records in {@code state} (pending, in flight and retry are all waiting). */
        public static StateFilter of(DeliveryState state) {
            for (StateFilter filter : values()) {
                if (filter.states.contains(state)) {
                    return filter;
                }
            }
            throw new IllegalArgumentException("no filter lists " + state);
        }
    }

    /**
     * One page's question.
     *
     * @param kind  only this kind, or null
     * @param state only these states, or null
     * @param text  a key's beginning (GTIN-8/12/13/14, GTIN-14/lot, GLN, {@code (414)...}, event key) or a lot number; blank: any
     * @param after the cursor of the page before ({@link RecordPage#next()}), or null for the first page
     * @param size  rows per page, 1 to 200
     */
    public record RecordQuery(RecordKind kind, StateFilter state, String text, String after, int size) {
        public RecordQuery {
            text = text == null ? "" : text.strip();
            after = after == null || after.isBlank() ? null : after;
            size = Math.max(1, Math.min(200, size));
        }
    }

    /** A page of rows and the cursor of the next page (null: this is the last). */
    public record RecordPage(List<OutboxRow> rows, String next) {
    }

    /** A record's delivery to one target: the active portal's from outbox_record, the others' from outbox_target_delivery. */
    public record Delivery(String target, boolean active, DeliveryState state, int attempts, String portalId, Instant deliveredAt,
            String lastError, String rejectCode, String rejectReason) {
    }

    /** Records delivered and refused on one day (in the zone the chart is drawn in). */
    public record DayCount(LocalDate day, long delivered, long refused) {
    }

    private final JdbcTransaction transaction;

    public OutboxBrowser(DataSource dataSource) {
        this.transaction = new JdbcTransaction(dataSource);
    }

    /**
     * One page of records, newest first when no text is given, in key order when one is (the key's index answers a
     * prefix). A lot number matches the lots {@code <GTIN-14>/<lot>} of every staged product, looked up by their keys
     * (a LIKE on the key's end would read the whole index); past {@value #LOT_LOOKUP_PRODUCTS} products it is that LIKE.
     */
    public RecordPage search(RecordQuery query) {
        boolean byKey = !query.text().isEmpty();
        return transaction.read("search records", connection -> {
            StringBuilder filters = new StringBuilder(" FROM outbox_record WHERE 1 = 1");
            List<Object> values = new ArrayList<>();
            if (query.kind() != null) {
                filters.append(" AND kind = ?");
                values.add(query.kind().name());
            }
            if (query.state() != null) {
                filters.append(" AND state IN (").append(query.state().states().stream().map(s -> "?").collect(Collectors.joining(", ")))
                        .append(')');
                query.state().states().forEach(s -> values.add(s.name()));
            }
            if (!byKey) {
                List<Object> all = new ArrayList<>(values);
                if (query.after() != null) {
                    filters.append(" AND id < ?");
                    all.add(Long.parseLong(query.after()));
                }
                all.add(query.size() + 1);
                return page(rows(connection, "SELECT " + OutboxStatus.ROW_COLUMNS + filters + " ORDER BY id DESC LIMIT ?", all), query, false);
            }
            // one query per meaning of the text, each walking the key's index from where it starts (an OR of them
            // would walk the whole index in key order for a rare match), merged in key order
            List<String> tests = new ArrayList<>();
            List<List<Object>> testValues = new ArrayList<>();
            for (String pattern : keyPatterns(query.text())) {
                tests.add("business_key LIKE ? ESCAPE '!'");
                testValues.add(List.of(pattern));
            }
            List<String> lotKeys = query.text().contains("/") ? List.of() : lotKeys(connection, query.text());
            if (lotKeys == null) {
                tests.add("business_key LIKE ? ESCAPE '!'");
                testValues.add(List.of("%/" + likeLiteral(query.text())));
            } else if (!lotKeys.isEmpty()) {
                tests.add("business_key IN (" + lotKeys.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")");
                testValues.add(List.copyOf(lotKeys));
            }
            java.util.TreeMap<String, OutboxRow> merged = new java.util.TreeMap<>();
            for (int t = 0; t < tests.size(); t++) {
                List<Object> these = new ArrayList<>(values);
                these.addAll(testValues.get(t));
                String after = "";
                if (query.after() != null) {
                    after = " AND business_key > ?";
                    these.add(query.after());
                }
                these.add(query.size() + 1);
                for (OutboxRow row : rows(connection, "SELECT " + OutboxStatus.ROW_COLUMNS + filters + " AND " + tests.get(t) + after
                        + " ORDER BY business_key, kind LIMIT ?", these)) {
                    merged.put(row.businessKey() + "\u0000" + row.kind().name(), row);
                }
            }
            return page(new ArrayList<>(merged.values()).subList(0, Math.min(merged.size(), query.size() + 1)), query, true);
        });
    }

    private static List<OutboxRow> rows(java.sql.Connection connection, String sql, List<Object> values) throws java.sql.SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(OutboxStatus.row(result));
                }
            }
        }
        return rows;
    }

    /** The page of up to size + 1 rows read: the extra row only says there is a next page. */
    private static RecordPage page(List<OutboxRow> read, RecordQuery query, boolean byKey) {
        if (read.size() <= query.size()) {
            return new RecordPage(read, null);
        }
        List<OutboxRow> rows = new ArrayList<>(read.subList(0, query.size()));
        OutboxRow last = rows.get(rows.size() - 1);
        return new RecordPage(rows, byKey ? last.businessKey() : Long.toString(last.id()));
    }

    /** Products past which a lot number is matched by a LIKE rather than by the keys it would have. */
    static final int LOT_LOOKUP_PRODUCTS = 1_000;

    /** The key a lot of this number has for each staged product, or null when there are too many products to list. */
    private static List<String> lotKeys(java.sql.Connection connection, String lotNumber) throws java.sql.SQLException {
        List<String> keys = new ArrayList<>();
        // the claim index (kind, state, id) walks the products alone
        try (PreparedStatement select = connection.prepareStatement("SELECT business_key FROM outbox_record WHERE kind = 'PRODUCT'"
                + " LIMIT " + (LOT_LOOKUP_PRODUCTS + 1)); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1) + "/" + lotNumber);
            }
        }
        return keys.size() > LOT_LOOKUP_PRODUCTS ? null : keys;
    }

    /** LIKE patterns (escape {@code !}) a typed text may mean: the key's beginning, a GTIN padded to 14, a GLN's trace code. */
    static List<String> keyPatterns(String text) {
        String literal = likeLiteral(text);
        List<String> patterns = new ArrayList<>();
        patterns.add(literal + "%");
        if (text.matches("\\d{8}|\\d{12}|\\d{13}")) {
            patterns.add("0".repeat(14 - text.length()) + literal + "%");
        }
        if (text.matches("\\d{13}")) {
            patterns.add("(414)" + literal + "%");
        }
        return patterns;
    }

    /** {@code text} matched as itself in a LIKE pattern with {@code ESCAPE '!'}. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * A record as staged: its row, its content as the canonical JSON, and the file and the place in it that content was
     * read from ({@link vn.txng.adapter.model.SourcePosition#where()}); both null when it was staged before the outbox
     * kept them (V10) or by a caller that did not say.
     */
    public record BrowsedRecord(OutboxRow row, String payload, String sourceFile, String sourcePosition) {
    }

    /** The record of a key, or empty. */
    public Optional<BrowsedRecord> record(RecordKind kind, String businessKey) {
        return transaction.read("read " + kind + " " + businessKey, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + OutboxStatus.ROW_COLUMNS + ", payload,"
                    + " source_file, source_position FROM outbox_record WHERE business_key = ? AND kind = ?")) {
                select.setString(1, businessKey);
                select.setString(2, kind.name());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new BrowsedRecord(OutboxStatus.row(rows), rows.getString("payload"),
                            rows.getString("source_file"), rows.getString("source_position"))) : Optional.<BrowsedRecord>empty();
                }
            }
        });
    }

    /** The record's deliveries: first the active target's, then every other target that kept a state for it. */
    public List<Delivery> deliveries(long recordId) {
        return transaction.read("read the deliveries of record " + recordId, connection -> {
            List<Delivery> deliveries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT t.description, r.state, r.attempts, r.portal_id,"
                    + " r.delivered_at, r.last_error, r.reject_code, r.reject_reason FROM outbox_record r"
                    + " LEFT JOIN outbox_target t ON t.active = TRUE WHERE r.id = ?")) {
                select.setLong(1, recordId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        deliveries.add(delivery(rows, true));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT t.description, d.state, d.attempts, d.portal_id,"
                    + " d.delivered_at, d.last_error, d.reject_code, d.reject_reason FROM outbox_target_delivery d"
                    + " JOIN outbox_target t ON t.target_id = d.target_id WHERE d.record_id = ? AND t.active = FALSE"
                    + " ORDER BY t.description")) {
                select.setLong(1, recordId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        deliveries.add(delivery(rows, false));
                    }
                }
            }
            return deliveries;
        });
    }

    private static Delivery delivery(ResultSet rows, boolean active) throws java.sql.SQLException {
        return new Delivery(rows.getString(1), active, DeliveryState.valueOf(rows.getString(2)), rows.getInt(3), rows.getString(4),
                SqlTime.get(rows, "delivered_at"), rows.getString(6), rows.getString(7), rows.getString(8));
    }

    /** An event of a lot's journey with its delivery state. */
    public record JourneyEvent(EventRecord event, DeliveryState state) {
    }

    /**
     * The events naming the lot (GTIN-14 and lot number) among their lots, in time order; at most {@code limit}: found
     * by the lots each staged event names (outbox_event_lot, written by the stager), so one index lookup.
     */
    public List<JourneyEvent> eventsOfLot(String gtin, String lotNumber, int limit) {
        return transaction.read("read the events of lot " + gtin + "/" + lotNumber, connection -> {
            List<JourneyEvent> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT r.payload, r.state FROM outbox_event_lot l"
                    + " JOIN outbox_record r ON r.business_key = l.event_key AND r.kind = 'EVENT' WHERE l.lot_key = ? LIMIT ?")) {
                select.setString(1, gtin + "/" + lotNumber);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new JourneyEvent((EventRecord) RecordCodec.fromJson(RecordKind.EVENT, rows.getString(1)),
                                DeliveryState.valueOf(rows.getString(2))));
                    }
                }
            }
            events.sort(java.util.Comparator.comparing(e -> e.event().time() == null ? null : e.event().time().toInstant(),
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return events;
        });
    }

    /**
     * Records delivered (by their delivery time) and refused by the portal (rejected, by their last change) on each
     * of the {@code days} days up to today in {@code zone}, oldest first, days without any included as zero.
     */
    public List<DayCount> perDay(int days, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(days - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();
        // the zone is a ZoneId's own name (never input): written into the statement so that GROUP BY repeats it exactly
        String delivered = "CAST(delivered_at AT TIME ZONE '" + zone.getId() + "' AS DATE)";
        String refused = "CAST(updated_at AT TIME ZONE '" + zone.getId() + "' AS DATE)";
        return transaction.read("count records per day", connection -> {
            Map<LocalDate, long[]> counts = new TreeMap<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                counts.put(day, new long[2]);
            }
            count(connection, "SELECT " + delivered + ", COUNT(*) FROM outbox_record WHERE delivered_at >= ? GROUP BY " + delivered,
                    from, counts, 0);
            count(connection, "SELECT " + refused + ", COUNT(*) FROM outbox_record WHERE state = 'REJECTED' AND updated_at >= ?"
                    + " GROUP BY " + refused, from, counts, 1);
            Map<LocalDate, long[]> ordered = new LinkedHashMap<>(counts);
            return ordered.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        });
    }

    private static void count(java.sql.Connection connection, String sql, Instant from, Map<LocalDate, long[]> counts, int slot)
            throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            SqlTime.set(select, 1, from);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long[] day = counts.get(rows.getObject(1, LocalDate.class));
                    if (day != null) {
                        day[slot] += rows.getLong(2);
                    }
                }
            }
        }
    }
}
