package vn.txng.adapter.model;

/**
 * A business document of an event (the portal's {@code chungTu} entry): {@code type} one of the profile's codes
 * ({@code PHIEU_GIAO_HANG} despatch advice, {@code DON_HANG} purchase order, {@code HOA_DON} invoice, {@code KHAC}),
 * {@code number} 1..100 characters; {@code uri} the EPCIS {@code bizTransaction} identifier as an EPCIS document gave
 * it ({@code urn:epcglobal:cbv:bt:8934563000004:PO-77}), or null for every other source: an EPCIS document written
 * from the event names the document as its source did.
 */
public record EventDocument(String type, String number, String uri) {

    /** A document known by its type and number only (XML, EDI, sheets). */
    public EventDocument(String type, String number) {
        this(type, number, null);
    }
}
