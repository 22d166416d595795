package vn.txng.adapter.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.ErrorDeclaration;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.MeasureUnits;
import vn.txng.adapter.portal.PortalProfile;

/**
 * Staged records as EPCIS 2.0 events (CBV 2.0), the way back of the EPCIS reader's table
 * ({@link PortalProfile#EPCIS_STAGES}): an event is an {@code ObjectEvent} {@code OBSERVE} whose bizStep is its
 * stage's step, or a {@code TransformationEvent} when it is a processing ({@code CHE_BIEN}) with inputs; a lot is
 * an {@code ObjectEvent} {@code ADD} / {@code commissioning} with its ILMD. Records are in normal form (GTIN-14,
 * GLN-13), as the outbox holds them.
 */
public final class EpcisEvents {

    /**
     * The CBV step of each stage: what the reader maps back to the same stage. A growing area's harvest has no CBV 2.0
     * step; GDST's {@code farmHarvest} is the one the reader knows. Arrivals are all {@code receiving}: the reader
     * takes their stage from the kind of the place.
     */
    static final Map<String, String> BIZ_STEPS = Map.of(
            "VUNG_TRONG", "urn:gdst:bizStep:farmHarvest",
            "SAN_XUAT", "commissioning",
            "CHE_BIEN", "packing",
            "VAN_CHUYEN", "shipping",
            "KHO_TONG", "receiving",
            vn.txng.adapter.model.EventRecord.STAGE_BY_PLACE_KIND, "receiving",
            "DAI_LY", "receiving",
            "CUA_HANG", "receiving",
            "CHUNG_NHAN", "inspecting");
    /** A transformation's step: CBV's for inputs becoming outputs by packing (the reader maps every transformation to processing anyway). */
    static final String TRANSFORMATION_STEP = "packing";
    /** The stage whose events are their lots' commissioning: written as {@code ADD}, as CBV has commissioning. */
    public static final String PRODUCTION_STAGE = "SAN_XUAT";
    /** CBV business transaction types by document type; {@code KHAC} has none (a transaction without a type). */
    static final Map<String, String> TRANSACTION_TYPES = Map.of("DON_HANG", "po", "PHIEU_GIAO_HANG", "desadv", "HOA_DON", "inv");
    /** Rec 20 codes of a count of pieces: EPCIS says so by leaving {@code uom} out. */
    private static final List<String> PIECES = List.of("H87", "C62", "EA");
    /** Unit symbols ERPs write instead of their Rec 20 code. */
    private static final Map<String, String> SYMBOLS = Map.of("kg", "KGM", "g", "GRM", "mg", "MGM", "t", "TNE",
            "l", "LTR", "ml", "MLT", "m", "MTR", "m2", "MTK", "m3", "MTQ");

    private EpcisEvents() {
    }

    /** The event of a staged {@link EventRecord} as {@link #of(EventRecord, LotRecord, ErrorDeclaration)} writes it, without a lot record or a declaration. */
    public static EpcisEvent of(EventRecord event) {
        return of(event, null, null);
    }

    /**
     * The event of a staged {@link EventRecord}: its lots as {@code quantityList} (or a transformation's outputs), its
     * serial-level and logistic-unit codes as {@code epcList} (a transformation's {@code outputEPCList}), its inputs as
     * {@code inputEPCList} (serials, SSCCs) and {@code inputQuantityList} (lots), its place as {@code bizLocation}, its
     * destination as a {@code location} destination, its documents as business transactions. A production event
     * ({@value #PRODUCTION_STAGE}) naming exactly one lot is that lot's commissioning and carries its ILMD: the lot
     * number, and the dates of {@code lot} (its staged record, or null when none is staged); one naming several lots
     * carries none, as one ILMD cannot describe several lots (each of them is commissioned on its own). A
     * {@code declaration} (or null) is written as the event's {@code errorDeclaration}.
     *
     * <p>The event keeps its key's ID although the adapter wrote its content in normal form (a {@code readPoint} read
     * is written as {@code bizLocation}, an arrival step such as {@code storing} as {@code receiving}): a CBV 2.0 hash
     * ID read from a document is not recomputed, so it names the event as its source captured it.
     *
     * @throws IllegalArgumentException when its stage is none of the profile's
     */
    public static EpcisEvent of(EventRecord event, LotRecord lot, ErrorDeclaration declaration) {
        String step = BIZ_STEPS.get(event.stage());
        if (step == null) {
            throw new IllegalArgumentException("event " + event.eventId() + ": stage " + event.stage() + " is none of "
                    + PortalProfile.STAGES);
        }
        boolean transformation = PortalProfile.STAGE_PROCESSING.equals(event.stage()) && !event.inputs().isEmpty();
        List<String> inputEpcs = new ArrayList<>();
        List<EpcisEvent.Quantity> inputQuantities = new ArrayList<>();
        for (EventInput input : event.inputs()) {
            if (input.sscc() != null) {
                inputEpcs.add(Gs1WebUris.sscc(input.sscc()));
            } else if (input.serial() != null) {
                inputEpcs.add(Gs1WebUris.serial(input.gtin(), input.serial()));
            } else {
                inputQuantities.add(new EpcisEvent.Quantity(Gs1WebUris.lot(input.gtin(), input.lotNumber()), null, null));
            }
        }
        List<EpcisEvent.BizTransaction> transactions = new ArrayList<>();
        for (EventDocument document : event.documents()) {
            transactions.add(new EpcisEvent.BizTransaction(TRANSACTION_TYPES.get(document.type()), document.uri() != null ? document.uri()
                    // the issuer of a document from XML, EDI or a sheet is not known: the place's GLN makes the
                    // number unique to the party that recorded it there (for a despatch advice, its issuer)
                    : "urn:epcglobal:cbv:bt:" + event.locationGln() + ":" + PortalProfile.percentEncode(document.number())));
        }
        boolean production = PRODUCTION_STAGE.equals(event.stage());
        Map<String, String> ilmd = Map.of();
        if (production && !transformation && event.lots().size() == 1) {
            EventLot only = event.lots().get(0);
            ilmd = ilmd(lot != null && lot.businessKey().equals(only.lotKey()) ? lot
                    : new LotRecord(only.gtin(), only.lotNumber(), null, null, null, null, null, null));
        }
        return new EpcisEvent(transformation ? EpcisEvent.Type.TRANSFORMATION : EpcisEvent.Type.OBJECT,
                EventIds.ofEvent(event.eventId()), event.time(), transformation ? null : production ? "ADD" : "OBSERVE",
                event.instanceCodes().stream().map(Gs1WebUris::instance).toList(),
                transformation ? TRANSFORMATION_STEP : step, Gs1WebUris.location(event.locationGln(), event.locationExtension()),
                event.lots().stream().map(EpcisEvents::quantity).toList(), inputEpcs, inputQuantities, transactions,
                event.destinationGln() == null ? List.of() : List.of(Gs1WebUris.location(event.destinationGln(), event.destinationExtension())),
                ilmd, declaration);
    }

    /**
     * The commissioning of a staged {@link LotRecord} at {@code time}: an {@code ObjectEvent} {@code ADD} of its class,
     * with its quantity, at its production site when it has one, and its ILMD ({@link #ilmd}).
     */
    public static EpcisEvent commissioning(LotRecord lot, OffsetDateTime time) {
        return new EpcisEvent(EpcisEvent.Type.OBJECT, EventIds.ofLot(lot.businessKey()), time, "ADD", List.of(), "commissioning",
                lot.productionSiteGln() == null ? null : Gs1WebUris.location(lot.productionSiteGln(), null),
                List.of(quantity(Gs1WebUris.lot(lot.gtin(), lot.lotNumber()), lot.quantity(), lot.quantityUnit())),
                List.of(), List.of(), List.of(), List.of(), ilmd(lot), null);
    }

    /**
     * A lot's ILMD: {@code cbvmda:lotNumber}, {@code cbvmda:productionDate} and {@code cbvmda:itemExpirationDate} (ISO
     * dates) when known. The lot record has no best-before date to write as {@code cbvmda:bestBeforeDate}.
     */
    private static Map<String, String> ilmd(LotRecord lot) {
        Map<String, String> ilmd = new LinkedHashMap<>();
        ilmd.put("cbvmda:lotNumber", lot.lotNumber());
        if (lot.productionDate() != null) {
            ilmd.put("cbvmda:productionDate", lot.productionDate().toString());
        }
        if (lot.expiryDate() != null) {
            ilmd.put("cbvmda:itemExpirationDate", lot.expiryDate().toString());
        }
        return ilmd;
    }

    private static EpcisEvent.Quantity quantity(EventLot lot) {
        return quantity(Gs1WebUris.lot(lot.gtin(), lot.lotNumber()), lot.quantity(), lot.quantityUnit());
    }

    /**
     * A Rec 20 measure keeps its code; a count of pieces, or a pack name ({@code Chai}, {@code Thùng}) that counts
     * the trade item's own units, has no {@code uom}: EPCIS reads that as a count of instances of the class.
     */
    private static EpcisEvent.Quantity quantity(String epcClass, BigDecimal quantity, String unit) {
        if (quantity == null) {
            return new EpcisEvent.Quantity(epcClass, null, null);
        }
        String code = unit == null ? null : SYMBOLS.getOrDefault(unit.strip().toLowerCase(java.util.Locale.ROOT), unit.strip());
        String uom = MeasureUnits.isRec20(code) && !PIECES.contains(code) ? code : null;
        return new EpcisEvent.Quantity(epcClass, quantity, uom);
    }
}
