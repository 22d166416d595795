package vn.txng.adapter.model;

/**
 * A business document of an event (the portal's {@code chungTu} entry): {@code type} one of the profile's codes
 * ({@code PHIEU_GIAO_HANG} despatch advice, {@code DON_HANG} purchase order, {@code HOA_DON} invoice, {@code KHAC}),
 * {@code number} 1..100 characters.
 */
public record EventDocument(String type, String number) {
}
