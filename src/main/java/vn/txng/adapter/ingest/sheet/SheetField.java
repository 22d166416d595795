package vn.txng.adapter.ingest.sheet;

import vn.txng.adapter.model.RecordKind;

/**
 * A column a sheet or CSV file can give: one field of the XML message's {@code Product}, {@code Lot}, {@code Location} or
 * {@code Event} ({@code xsd/txng-message-v1.xsd}). {@link #heading()} is its English heading, the XML element's name
 * (a nested element or attribute joined to its parent: {@code ManufacturerName}, {@code QuantityUnit}); an event's lot,
 * input and document fields give one each per row, and rows in a row with the same {@code EventId} make one event.
 */
public enum SheetField {
    PRODUCT_GTIN(RecordKind.PRODUCT, "Gtin", Value.KEY),
    PRODUCT_NAME(RecordKind.PRODUCT, "Name", Value.TEXT),
    PRODUCT_DESCRIPTION(RecordKind.PRODUCT, "Description", Value.TEXT),
    PRODUCT_IMAGE_URL(RecordKind.PRODUCT, "ImageUrl", Value.LIST),
    PRODUCT_SALES_UNIT(RecordKind.PRODUCT, "SalesUnit", Value.TEXT),
    PRODUCT_NET_CONTENT(RecordKind.PRODUCT, "NetContent", Value.NUMBER),
    PRODUCT_NET_CONTENT_UNIT(RecordKind.PRODUCT, "NetContentUnit", Value.TEXT),
    PRODUCT_COUNTRY_OF_ORIGIN(RecordKind.PRODUCT, "CountryOfOrigin", Value.TEXT),
    PRODUCT_BRAND(RecordKind.PRODUCT, "Brand", Value.TEXT),
    PRODUCT_STANDARD(RecordKind.PRODUCT, "Standard", Value.LIST),
    PRODUCT_SHELF_LIFE_DAYS(RecordKind.PRODUCT, "ShelfLifeDays", Value.INTEGER),
    PRODUCT_MANUFACTURER_NAME(RecordKind.PRODUCT, "ManufacturerName", Value.TEXT),
    PRODUCT_MANUFACTURER_ADDRESS(RecordKind.PRODUCT, "ManufacturerAddress", Value.TEXT),
    PRODUCT_MANUFACTURER_TAX_CODE(RecordKind.PRODUCT, "ManufacturerTaxCode", Value.TEXT),
    PRODUCT_MANUFACTURER_GLN(RecordKind.PRODUCT, "ManufacturerGln", Value.KEY),

    LOT_GTIN(RecordKind.LOT, "Gtin", Value.KEY),
    LOT_NUMBER(RecordKind.LOT, "LotNumber", Value.TEXT),
    LOT_SCAN(RecordKind.LOT, "Scan", Value.TEXT),
    LOT_UII_25T(RecordKind.LOT, "Uii25T", Value.TEXT),
    LOT_PRODUCTION_DATE(RecordKind.LOT, "ProductionDate", Value.DATE),
    LOT_EXPIRY_DATE(RecordKind.LOT, "ExpiryDate", Value.DATE),
    LOT_QUANTITY(RecordKind.LOT, "Quantity", Value.NUMBER),
    LOT_QUANTITY_UNIT(RecordKind.LOT, "QuantityUnit", Value.TEXT),
    LOT_PRODUCTION_SITE_GLN(RecordKind.LOT, "ProductionSiteGln", Value.KEY),

    LOCATION_GLN(RecordKind.LOCATION, "Gln", Value.KEY),
    LOCATION_EXTENSION(RecordKind.LOCATION, "Extension", Value.TEXT),
    LOCATION_NAME(RecordKind.LOCATION, "Name", Value.TEXT),
    LOCATION_ADDRESS(RecordKind.LOCATION, "Address", Value.TEXT),
    LOCATION_KIND(RecordKind.LOCATION, "Kind", Value.TEXT),
    LOCATION_TAX_CODE(RecordKind.LOCATION, "TaxCode", Value.TEXT),
    LOCATION_LATITUDE(RecordKind.LOCATION, "Latitude", Value.NUMBER),
    LOCATION_LONGITUDE(RecordKind.LOCATION, "Longitude", Value.NUMBER),

    EVENT_ID(RecordKind.EVENT, "EventId", Value.TEXT),
    EVENT_STAGE(RecordKind.EVENT, "Stage", Value.TEXT),
    EVENT_TIME(RecordKind.EVENT, "Time", Value.TIME),
    EVENT_LOCATION_GLN(RecordKind.EVENT, "LocationGln", Value.KEY),
    EVENT_LOCATION_EXTENSION(RecordKind.EVENT, "LocationExtension", Value.TEXT),
    EVENT_DESTINATION_GLN(RecordKind.EVENT, "DestinationGln", Value.KEY),
    EVENT_LOT_GTIN(RecordKind.EVENT, "LotGtin", Value.KEY),
    EVENT_LOT_NUMBER(RecordKind.EVENT, "LotNumber", Value.TEXT),
    EVENT_LOT_SCAN(RecordKind.EVENT, "LotScan", Value.TEXT),
    EVENT_LOT_QUANTITY(RecordKind.EVENT, "LotQuantity", Value.NUMBER),
    EVENT_LOT_QUANTITY_UNIT(RecordKind.EVENT, "LotQuantityUnit", Value.TEXT),
    EVENT_INPUT_GTIN(RecordKind.EVENT, "InputGtin", Value.KEY),
    EVENT_INPUT_LOT_NUMBER(RecordKind.EVENT, "InputLotNumber", Value.TEXT),
    EVENT_INPUT_SSCC(RecordKind.EVENT, "InputSscc", Value.KEY),
    EVENT_INPUT_SCAN(RecordKind.EVENT, "InputScan", Value.TEXT),
    EVENT_DOCUMENT_TYPE(RecordKind.EVENT, "DocumentType", Value.TEXT),
    EVENT_DOCUMENT(RecordKind.EVENT, "Document", Value.TEXT),
    EVENT_PERFORMER(RecordKind.EVENT, "Performer", Value.TEXT),
    EVENT_DESCRIPTION(RecordKind.EVENT, "Description", Value.TEXT),
    EVENT_EVIDENCE_IMAGE_URL(RecordKind.EVENT, "EvidenceImageUrl", Value.LIST);

    /** How a cell of the column is read. */
    public enum Value {
        /** Text, trimmed; a number cell as its digits. */
        TEXT,
        /** Several texts in one cell, one per line or separated by {@code ;}. */
        LIST,
        /** A decimal number, with the decimal comma or point the source reads. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** A date: {@code dd/MM/yyyy}, {@code yyyy-MM-dd}, or an Excel date cell. */
        DATE,
        /** A date and time, with or without a UTC offset (then in the source's time zone). */
        TIME,
        /** A GS1 key (GTIN, GLN, SSCC): digits as text; a number cell that lost digits is refused. */
        KEY
    }

    private final RecordKind kind;
    private final String heading;
    private final Value value;

    SheetField(RecordKind kind, String heading, Value value) {
        this.kind = kind;
        this.heading = heading;
        this.value = value;
    }

    public RecordKind kind() {
        return kind;
    }

    /** The English heading, which is also the field's name in a mapping file and in rejections. */
    public String heading() {
        return heading;
    }

    public Value value() {
        return value;
    }

    /** The field of {@code kind} named {@code heading} (the English heading, exactly), or null. */
    public static SheetField of(RecordKind kind, String heading) {
        for (SheetField field : values()) {
            if (field.kind == kind && field.heading.equals(heading)) {
                return field;
            }
        }
        return null;
    }
}
