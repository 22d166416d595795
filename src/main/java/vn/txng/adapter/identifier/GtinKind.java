package vn.txng.adapter.identifier;

/** What a GTIN's GS1 prefix says about it. */
public enum GtinKind {
    /** Allocated by a GS1 member organisation (893 = GS1 Vietnam): an ordinary trade item. */
    MEMBER_ORGANISATION,
    /** Valid only inside a company or region (020-029, 040-049, 200-299, GTIN-8 starting 0 or 2). */
    RESTRICTED_CIRCULATION,
    /** 952: for demonstrations and examples only. */
    DEMO,
    /** 978-979: books. */
    ISBN,
    /** 977: serial publications. */
    ISSN,
    /** 99, 981-983: coupons, not trade items. */
    COUPON,
    /** 980: refund receipts, not trade items. */
    REFUND_RECEIPT,
    /** Managed by GS1 Global Office (GTIN-8 ranges, 951). */
    GLOBAL_OFFICE,
    /** Reserved for future use or unused to avoid collisions: no one can have been allocated it. */
    RESERVED,
    /** Not in the GS1 prefix list at all. */
    UNKNOWN
}
