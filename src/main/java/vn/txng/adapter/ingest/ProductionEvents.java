package vn.txng.adapter.ingest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.SourcedRecord;

/**
 * The ingest step that starts every lot's chain (bean {@code productionEvents}, after {@code identifierNormalizer},
 * before staging): a lot with a production date and a production site GLN also gives a production event
 * ({@code SAN_XUAT}, PORTAL-API.md section 5), keyed {@code SAN_XUAT:(01)<GTIN-14>(10)<lot>} (one per lot: a lot sent
 * again replaces it), at the start of the production day in the time zone (the source's, else
 * {@code txng.events.time-zone}), at the site's GLN, naming the lot with its quantity. The lots are in normal form
 * here (GTIN-14, the site's GLN checked), so the event needs no check of its own. A lot of a despatch advice (EDIFACT,
 * X12) has the ship-from party as its site: it gives the event only when {@code fromDespatchAdvices} says so. Lots
 * without a GTIN (an ISO/IEC 15459 25T identifier only) give none.
 */
public final class ProductionEvents {

    public static final String STAGE = "SAN_XUAT";

    private final boolean enabled;
    private final ZoneId zone;
    private final boolean fromDespatchAdvices;

    /**
     * @param enabled             false: no event (setting {@code txng.events.production})
     * @param zone                where the production day starts, unless the source has its own
     * @param fromDespatchAdvices a despatch advice's lot gives the event too ({@code txng.events.production.from-despatch-advices})
     */
    public ProductionEvents(boolean enabled, ZoneId zone, boolean fromDespatchAdvices) {
        this.enabled = enabled;
        this.zone = zone;
        this.fromDespatchAdvices = fromDespatchAdvices;
    }

    /** The chunk with each lot's production event after the lot. */
    public RecordChunk add(RecordChunk chunk) {
        return withEvents(chunk, zone);
    }

    /** As {@link #add(RecordChunk)}, for a source whose own time zone is {@code sourceZone} (an IANA name; empty: none). */
    public RecordChunk addInZone(RecordChunk chunk, String sourceZone) {
        return withEvents(chunk, sourceZone == null || sourceZone.isBlank() ? zone : ZoneId.of(sourceZone.strip()));
    }

    private RecordChunk withEvents(RecordChunk chunk, ZoneId in) {
        // an EPCIS document's lots come from its commissioning events, which are their production events already
        if (!enabled || epcis(chunk.report().format()) || (!fromDespatchAdvices && despatchAdvice(chunk.report().format()))) {
            return chunk;
        }
        List<SourcedRecord> records = new ArrayList<>(chunk.records().size() + chunk.records().size() / 4);
        boolean added = false;
        for (SourcedRecord sourced : chunk.records()) {
            records.add(sourced);
            if (sourced.record() instanceof LotRecord lot && startsChain(lot)) {
                records.add(new SourcedRecord(event(lot, in), sourced.position()));
                chunk.report().productionEvent();
                added = true;
            }
        }
        return added ? chunk.withRecords(records) : chunk;
    }

    private static boolean epcis(InboundFormat format) {
        return format == InboundFormat.EPCIS_JSON || format == InboundFormat.EPCIS_XML;
    }

    private static boolean despatchAdvice(InboundFormat format) {
        return format == InboundFormat.EDIFACT || format == InboundFormat.X12;
    }

    private static boolean startsChain(LotRecord lot) {
        return lot.productionDate() != null && lot.productionSiteGln() != null && lot.gtin() != null && lot.lotNumber() != null;
    }

    /** The production event of a lot that has a production date and site: at the start of that day in {@code zone}. */
    public static EventRecord event(LotRecord lot, ZoneId zone) {
        return new EventRecord(key(lot), STAGE, lot.productionDate().atStartOfDay(zone).toOffsetDateTime(), lot.productionSiteGln(),
                null, null, null, List.of(new EventLot(lot.gtin(), lot.lotNumber(), null, lot.quantity(), lot.quantityUnit())),
                List.of(), List.of(), null, null, List.of());
    }

    /** {@code SAN_XUAT:(01)<GTIN-14>(10)<lot>}: the lot's trace code, so the key stays the lot's whatever file sends it. */
    public static String key(LotRecord lot) {
        return STAGE + ":(01)" + lot.gtin() + "(10)" + lot.lotNumber();
    }
}
