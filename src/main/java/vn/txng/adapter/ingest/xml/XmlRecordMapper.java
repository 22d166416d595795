package vn.txng.adapter.ingest.xml;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.txng.adapter.ingest.xml.v1.Lot;
import vn.txng.adapter.ingest.xml.v1.Measure;
import vn.txng.adapter.ingest.xml.v1.Party;
import vn.txng.adapter.ingest.xml.v1.Product;
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
