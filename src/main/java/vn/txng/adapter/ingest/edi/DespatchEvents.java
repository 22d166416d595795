package vn.txng.adapter.ingest.edi;

import java.time.ZoneId;

/**
 * How a despatch advice (EANCOM DESADV, X12 856) becomes a shipping event: {@code zone} gives the offset of a
 * despatch time the message gives without one (settings {@code txng.events.time-zone}, a source's {@code timeZone});
 * {@code partyKind} is the profile's {@code loaiDiaDiem} code of a party the message gives with a name and an address
 * ({@code txng.events.despatch.location-kind}, {@code KHO} by default).
 */
public record DespatchEvents(ZoneId zone, String partyKind) {

    /** Vietnam's time zone, warehouses: what the adapter assumes unless configured otherwise. */
    public static final DespatchEvents DEFAULT = new DespatchEvents(ZoneId.of("Asia/Ho_Chi_Minh"), "KHO");

    /** The same, with another time zone (a source's own). */
    public DespatchEvents inZone(ZoneId other) {
        return new DespatchEvents(other, partyKind);
    }
}
