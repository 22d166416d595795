package vn.txng.adapter.ingest.xml;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.txng.adapter.ingest.xml.v1.Event;
import vn.txng.adapter.ingest.xml.v1.Location;
import vn.txng.adapter.ingest.xml.v1.Lot;
import vn.txng.adapter.ingest.xml.v1.Measure;
import vn.txng.adapter.ingest.xml.v1.Party;
import vn.txng.adapter.ingest.xml.v1.Product;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventInput;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;

/** Turns the JAXB view of a schema-valid element into the canonical record; text is trimmed. */
final class XmlRecordMapper {

    SourcedRecord product(Product p, SourcePosition position, List<Rejection> problems) {
        Measure net = p.getNetContent();
        Party m = p.getManufacturer();
        Integer shelfLife = null;
        if (p.getShelfLifeDays() != null) {
            if (p.getShelfLifeDays().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.add(new Rejection("OUT_OF_RANGE", position, "ShelfLifeDays",
                        "shelf life " + p.getShelfLifeDays() + " days is not a plausible number of days"));
            } else {
                shelfLife = p.getShelfLifeDays().intValue();
            }
        }
        ProductRecord record = new ProductRecord(
                trim(p.getGtin()), trim(p.getName()), trim(p.getDescription()),
                p.getImageUrl().stream().map(XmlRecordMapper::trim).toList(),
                trim(p.getSalesUnit()),
                net == null ? null : net.getValue(), net == null ? null : trim(net.getUnit()),
                trim(p.getCountryOfOrigin()), trim(p.getBrand()),
                p.getStandard().stream().map(XmlRecordMapper::trim).toList(),
                shelfLife,
                m == null ? null : new Manufacturer(trim(m.getName()), trim(m.getAddress()), trim(m.getTaxCode()), trim(m.getGln())));
        return new SourcedRecord(record, position);
    }

    SourcedRecord lot(Lot l, SourcePosition position, List<Rejection> problems) {
        Measure quantity = l.getQuantity();
        LotRecord record = new LotRecord(
                trim(l.getGtin()), trim(l.getLotNumber()), trim(l.getUii25T()),
                date(l.getProductionDate()), date(l.getExpiryDate()),
                quantity == null ? null : quantity.getValue(), quantity == null ? null : trim(quantity.getUnit()),
                trim(l.getProductionSiteGln()));
        // a Scan is kept raw: the identifier normalizer reads GTIN, lot and dates out of it
        String scan = l.getScan();
        return new SourcedRecord(record, position, scan == null ? null : scan.strip());
    }

    SourcedRecord location(Location l, SourcePosition position, List<Rejection> problems) {
        LocationRecord record = new LocationRecord(trim(l.getGln()), trim(l.getExtension()), trim(l.getName()),
                trim(l.getAddress()), trim(l.getKind()), trim(l.getTaxCode()), l.getLatitude(), l.getLongitude());
        return new SourcedRecord(record, position);
    }

    SourcedRecord event(Event e, SourcePosition position, List<Rejection> problems) {
        List<EventLot> lots = new ArrayList<>(e.getLot().size());
        for (vn.txng.adapter.ingest.xml.v1.EventLot lot : e.getLot()) {
            Measure quantity = lot.getQuantity();
            lots.add(new EventLot(trim(lot.getGtin()), trim(lot.getLotNumber()), trim(lot.getScan()),
                    quantity == null ? null : quantity.getValue(), quantity == null ? null : trim(quantity.getUnit())));
        }
        List<EventInput> inputs = e.getInput().stream()
                .map(input -> new EventInput(trim(input.getGtin()), trim(input.getLotNumber()), null, trim(input.getSscc()), trim(input.getScan())))
                .toList();
        List<EventDocument> documents = e.getDocument().stream()
                .map(document -> new EventDocument(trim(document.getType()), trim(document.getValue())))
                .toList();
        EventRecord record = new EventRecord(trim(e.getEventId()), trim(e.getStage()), time(e.getTime(), position, problems),
                trim(e.getLocationGln()), trim(e.getLocationExtension()), trim(e.getDestinationGln()), null, lots, inputs,
                documents, trim(e.getPerformer()), trim(e.getDescription()),
                e.getEvidenceImageUrl().stream().map(XmlRecordMapper::trim).toList());
        return new SourcedRecord(record, position);
    }

    /**
     * The event's time with its UTC offset; a time without one is a problem of its own ({@code TIME_WITHOUT_OFFSET}):
     * read in the adapter's zone it would move the event by hours, unseen.
     */
    private static OffsetDateTime time(XMLGregorianCalendar value, SourcePosition position, List<Rejection> problems) {
        if (value == null) {
            return null;
        }
        if (value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            problems.add(new Rejection("TIME_WITHOUT_OFFSET", position, "Time", "'" + value.toXMLFormat()
                    + "' has no UTC offset; give it as the ERP's local time with its offset, e.g. 2026-11-21T08:30:00+07:00"));
            return null;
        }
        return value.toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
    }

    private static LocalDate date(XMLGregorianCalendar value) {
        return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

}
