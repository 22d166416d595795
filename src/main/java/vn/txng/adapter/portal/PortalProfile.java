package vn.txng.adapter.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.EventDocument;
import vn.txng.adapter.model.EventLot;
import vn.txng.adapter.model.EventRecord;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.model.TraceRecord;

/**
 * The portal profile: every path and field name the portal uses, and the mapping of canonical
 * records to its JSON bodies. An integrator who receives the official guide edits this class,
 * nothing else. See {@code PORTAL-API.md}, profile {@code txng-v5}.
 */
public final class PortalProfile {

    // Product fields (ToChuc_SanPham)
    public static final String GTIN_CODE = "gtinCode";
    public static final String TEN = "ten";
    public static final String MO_TA = "moTa";
    public static final String HINH_ANH = "hinhAnh";
    public static final String DON_VI_TINH = "donViTinh";
    public static final String NET_WEIGHT = "netWeight";
    public static final String WEIGHT_UNIT = "weightUnit";
    public static final String XUAT_XU = "xuatXu";
    public static final String THUONG_HIEU = "thuongHieu";
    public static final String TIEU_CHUAN_AP_DUNG = "tieuChuanApDung";
    public static final String HAN_SU_DUNG_NGAY = "hanSuDungNgay";
    public static final String NHA_SAN_XUAT = "nhaSanXuat";
    // Manufacturer fields (nhaSanXuat)
    public static final String NSX_TEN = "ten";
    public static final String NSX_DIA_CHI = "diaChi";
    public static final String NSX_MA_SO_THUE = "maSoThue";
    public static final String NSX_GLN = "gln";
    // Lot fields (ToChuc_LoHang); gtinCode and donViTinh as above
    public static final String SO_LO = "soLo";
    public static final String MA_TRUY_VET = "maTruyVet";
    public static final String DUONG_DAN_SO = "duongDanSo";
    public static final String NGAY_SAN_XUAT = "ngaySanXuat";
    public static final String HAN_SU_DUNG = "hanSuDung";
    public static final String SO_LUONG = "soLuong";
    public static final String GLN_CO_SO_SAN_XUAT = "glnCoSoSanXuat";
    // Location fields (ToChuc_DiaDiem); ten as above
    public static final String MA_DIA_DIEM = "maDiaDiem";
    public static final String DIA_CHI = "diaChi";
    public static final String LOAI_DIA_DIEM = "loaiDiaDiem";
    public static final String MA_SO_THUE = "maSoThue";
    public static final String VI_DO = "viDo";
    public static final String KINH_DO = "kinhDo";
    // Traceability event fields (ToChuc_SuKien); maTruyVet, maDiaDiem, soLuong, donViTinh and moTa as above
    public static final String MA_SU_KIEN = "maSuKien";
    public static final String CONG_DOAN = "congDoan";
    public static final String THOI_GIAN = "thoiGian";
    public static final String DEN_DIA_DIEM = "denDiaDiem";
    public static final String DAU_VAO = "dauVao";
    public static final String CHUNG_TU = "chungTu";
    public static final String NGUOI_THUC_HIEN = "nguoiThucHien";
    public static final String HINH_ANH_MINH_CHUNG = "hinhAnhMinhChung";
    // Business document fields (chungTu items)
    public static final String CHUNG_TU_LOAI = "loai";
    public static final String CHUNG_TU_SO = "so";

    /** {@code loaiDiaDiem}: growing area, production site, processing site, warehouse, agent, store, other. */
    public static final List<String> LOCATION_KINDS = List.of(
            "VUNG_TRONG", "CO_SO_SAN_XUAT", "CO_SO_CHE_BIEN", "KHO", "DAI_LY", "CUA_HANG", "KHAC");
    /** {@code congDoan}: the stages of a lot's chain, in the order the portal shows them. */
    public static final List<String> STAGES = List.of(
            "VUNG_TRONG", "SAN_XUAT", "CHE_BIEN", "VAN_CHUYEN", "KHO_TONG", "DAI_LY", "CUA_HANG", "CHUNG_NHAN");
    /** The stage of a shipment: the only one with a destination ({@code denDiaDiem}), which it requires. */
    public static final String STAGE_SHIPPING = "VAN_CHUYEN";
    /** The stage of processing and packing: the only one with inputs ({@code dauVao}). */
    public static final String STAGE_PROCESSING = "CHE_BIEN";
    /** {@code chungTu[].loai}: despatch advice, purchase order, invoice, other. */
    public static final List<String> DOCUMENT_TYPES = List.of("PHIEU_GIAO_HANG", "DON_HANG", "HOA_DON", "KHAC");

    /** The stage of a production ({@code SAN_XUAT}): its place is its lots' production site. */
    public static final String STAGE_PRODUCTION = "SAN_XUAT";
    /** An EPCIS bizStep whose stage is that of the location kind of its place ({@link #EPCIS_ARRIVAL_STAGES}). */
    public static final String EPCIS_BY_LOCATION_KIND = EventRecord.STAGE_BY_PLACE_KIND;

    /**
     * The stage of an EPCIS event by its bizStep's short name (CBV 2.0; GDST's {@code fishingEvent}, {@code farmHarvest}):
     * the same for the step's CBV URN ({@code urn:epcglobal:cbv:bizstep:}) and Web URI ({@code https://ref.gs1.org/cbv/BizStep-}).
     * A step not here has no stage: its events are not for the portal. Settings {@code txng.epcis.stage.<step>} change it.
     */
    public static final Map<String, String> EPCIS_STAGES = Map.ofEntries(
            Map.entry("commissioning", "SAN_XUAT"), Map.entry("creating_class_instance", "SAN_XUAT"),
            Map.entry("harvesting", "VUNG_TRONG"), Map.entry("fishing", "VUNG_TRONG"), Map.entry("fishingEvent", "VUNG_TRONG"),
            Map.entry("farmHarvest", "VUNG_TRONG"), Map.entry("farm_harvest", "VUNG_TRONG"),
            Map.entry("packing", "CHE_BIEN"), Map.entry("repackaging", "CHE_BIEN"), Map.entry("assembling", "CHE_BIEN"),
            Map.entry("shipping", "VAN_CHUYEN"), Map.entry("departing", "VAN_CHUYEN"), Map.entry("transporting", "VAN_CHUYEN"),
            Map.entry("loading", "VAN_CHUYEN"),
            Map.entry("receiving", EPCIS_BY_LOCATION_KIND), Map.entry("arriving", EPCIS_BY_LOCATION_KIND),
            Map.entry("accepting", EPCIS_BY_LOCATION_KIND), Map.entry("storing", EPCIS_BY_LOCATION_KIND),
            Map.entry("stocking", EPCIS_BY_LOCATION_KIND),
            Map.entry("retail_selling", "CUA_HANG"), Map.entry("inspecting", "CHUNG_NHAN"), Map.entry("sampling", "CHUNG_NHAN"));
    /** The stage of an arrival (receiving, storing ...) by the location kind of its place; an unknown kind takes {@link #EPCIS_ARRIVAL_DEFAULT}. */
    public static final Map<String, String> EPCIS_ARRIVAL_STAGES = Map.of("KHO", "KHO_TONG", "DAI_LY", "DAI_LY", "CUA_HANG", "CUA_HANG");
    public static final String EPCIS_ARRIVAL_DEFAULT = "KHO_TONG";
    /** {@code chungTu[].loai} of an EPCIS business transaction by its CBV type; any other type is {@code KHAC}. */
    public static final Map<String, String> EPCIS_DOCUMENT_TYPES = Map.of("po", "DON_HANG", "desadv", "PHIEU_GIAO_HANG", "inv", "HOA_DON");
    public static final String EPCIS_OTHER_DOCUMENT = "KHAC";

    // Answer fields
    public static final String ANSWER_SUCCESS = "success";
    public static final String ANSWER_DATA = "data";
    public static final String ANSWER_ID = "id";
    public static final String ANSWER_CREATED = "created";
    public static final String ANSWER_ERROR = "error";
    public static final String ANSWER_MESSAGE = "message";
    public static final String ANSWER_DEBUG_MESSAGE = "debugMessage";
    public static final String ANSWER_ERROR_IN_FILE = "errorInFile";
    public static final String ANSWER_ERRORS = "errors";
    public static final String ANSWER_FIELD = "field";

    /** The 409 codes of an event whose lot or location the portal does not have yet (PORTAL-API.md section 5). */
    public static final String LOT_UNKNOWN_ERROR = "ERR_LOT_UNKNOWN";
    public static final String LOCATION_UNKNOWN_ERROR = "ERR_LOCATION_UNKNOWN";

    /** The kind of record a 409's error code says the portal lacks: a lot, a location, or null when it names neither. */
    public static RecordKind missingKind(String errorCode) {
        if (LOT_UNKNOWN_ERROR.equals(errorCode)) {
            return RecordKind.LOT;
        }
        return LOCATION_UNKNOWN_ERROR.equals(errorCode) ? RecordKind.LOCATION : null;
    }

    /**
     * The answer of a portal whose organisation profile (tax code, GLN) is not activated yet:
     * HTTP 200, {@code success:false}, this error code and a debugMessage naming this exception,
     * for every call alike (PORTAL-API.md section 3).
     */
    public static final String NOT_ACTIVATED_ERROR = "ERR_SYS_DEV";
    public static final String NOT_ACTIVATED_DEBUG = "NullReferenceException";

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    public static final String DIGITAL_LINK_BASE = "https://id.gs1.org";
    public static final String UII_DATA_IDENTIFIER = "25T";

    private static final PortalProfile TXNG_V5 = new PortalProfile("txng-v5", "/connect/token", Map.of(
            RecordKind.PRODUCT, "/tochuc/v5/ToChuc_SanPham",
            RecordKind.LOT, "/tochuc/v5/ToChuc_LoHang",
            RecordKind.LOCATION, "/tochuc/v5/ToChuc_DiaDiem",
            RecordKind.EVENT, "/tochuc/v5/ToChuc_SuKien"));

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private final String name;
    private final String tokenPath;
    private final Map<RecordKind, String> paths;

    private PortalProfile(String name, String tokenPath, Map<RecordKind, String> paths) {
        this.name = name;
        this.tokenPath = tokenPath;
        this.paths = new EnumMap<>(paths);
    }

    public static PortalProfile txngV5() {
        return TXNG_V5;
    }

    public String name() {
        return name;
    }

    /** The token endpoint's path under the SSO base, when no token URL is configured. */
    public String tokenPath() {
        return tokenPath;
    }

    /** The path (under the API base) that upserts records of {@code kind}. */
    public String path(RecordKind kind) {
        return paths.get(kind);
    }

    /** The call's URI: the path appended to the base (URI.resolve would drop a base path like /gwdev). */
    public URI endpoint(URI apiBase, RecordKind kind) {
        return append(apiBase, path(kind));
    }

    /** The default token URL for an SSO base. */
    public URI defaultTokenUrl(URI ssoBase) {
        return append(ssoBase, tokenPath);
    }

    private static URI append(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    /**
     * The JSON body for {@code record}. Absent optional fields are omitted; text is Unicode NFC.
     *
     * @throws UnmappableRecordException when the record's GTIN is not the 14-digit normal form
     */
    public ObjectNode body(TraceRecord record) {
        return body(record, Map.of());
    }

    /**
     * As {@link #body(TraceRecord)}; an event names each of its lots by the lot's own {@code maTruyVet} (PORTAL-API.md
     * section 5): {@code 25T<identifier>} for a lot whose key ({@code <GTIN-14>/<lot>}) {@code uii25TByLotKey} maps to
     * its ISO/IEC 15459-6 identifier (without the 25T), else {@code (01)<GTIN-14>(10)<lot>}.
     */
    public ObjectNode body(TraceRecord record, Map<String, String> uii25TByLotKey) {
        if (record instanceof ProductRecord product) {
            return productBody(product);
        }
        if (record instanceof LotRecord lot) {
            return lotBody(lot);
        }
        if (record instanceof LocationRecord location) {
            return locationBody(location);
        }
        return eventBody((EventRecord) record, uii25TByLotKey); // TraceRecord is sealed: the four kinds

    }

    private ObjectNode productBody(ProductRecord product) {
        ObjectNode body = JSON.objectNode();
        body.put(GTIN_CODE, gtinCode(product.gtin()));
        putText(body, TEN, product.name());
        putText(body, MO_TA, product.description());
        putTexts(body, HINH_ANH, product.imageUrls());
        putText(body, DON_VI_TINH, product.salesUnit());
        putNumber(body, NET_WEIGHT, product.netContent());
        putText(body, WEIGHT_UNIT, product.netContentUnit());
        putText(body, XUAT_XU, product.countryOfOrigin());
        putText(body, THUONG_HIEU, product.brand());
        putTexts(body, TIEU_CHUAN_AP_DUNG, product.standards());
        if (product.shelfLifeDays() != null) {
            body.put(HAN_SU_DUNG_NGAY, product.shelfLifeDays());
        }
        Manufacturer maker = product.manufacturer();
        if (maker != null) {
            ObjectNode nhaSanXuat = body.putObject(NHA_SAN_XUAT);
            putText(nhaSanXuat, NSX_TEN, maker.name());
            putText(nhaSanXuat, NSX_DIA_CHI, maker.address());
            putText(nhaSanXuat, NSX_MA_SO_THUE, maker.taxCode());
            putText(nhaSanXuat, NSX_GLN, maker.gln());
        }
        return body;
    }

    private ObjectNode lotBody(LotRecord lot) {
        ObjectNode body = JSON.objectNode();
        body.put(GTIN_CODE, gtinCode(lot.gtin()));
        String lotNumber = nfc(lot.lotNumber());
        putText(body, SO_LO, lotNumber);
        String uii = nfc(lot.uii25T());
        if (uii != null && !uii.isEmpty()) {
            body.put(MA_TRUY_VET, UII_DATA_IDENTIFIER + uii);
        } else if (lotNumber != null) {
            body.put(MA_TRUY_VET, elementString(lot.gtin(), lotNumber));
        }
        if (lotNumber != null) {
            body.put(DUONG_DAN_SO, digitalLink(lot.gtin(), lotNumber));
        }
        putDate(body, NGAY_SAN_XUAT, lot.productionDate());
        putDate(body, HAN_SU_DUNG, lot.expiryDate());
        putNumber(body, SO_LUONG, lot.quantity());
        putText(body, DON_VI_TINH, lot.quantityUnit());
        putText(body, GLN_CO_SO_SAN_XUAT, lot.productionSiteGln());
        return body;
    }

    private ObjectNode locationBody(LocationRecord location) {
        ObjectNode body = JSON.objectNode();
        body.put(MA_DIA_DIEM, nfc(location.businessKey()));
        putText(body, TEN, location.name());
        putText(body, DIA_CHI, location.address());
        putText(body, LOAI_DIA_DIEM, location.locationKind());
        putText(body, MA_SO_THUE, location.taxCode());
        putNumber(body, VI_DO, location.latitude());
        putNumber(body, KINH_DO, location.longitude());
        return body;
    }

    private ObjectNode eventBody(EventRecord event, Map<String, String> uii25TByLotKey) {
        ObjectNode body = JSON.objectNode();
        putText(body, MA_SU_KIEN, event.eventId());
        putText(body, CONG_DOAN, event.stage());
        if (event.time() != null) {
            body.put(THOI_GIAN, event.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        ArrayNode traceCodes = body.putArray(MA_TRUY_VET);
        ArrayNode quantities = JSON.arrayNode();
        for (EventLot lot : event.lots()) {
            String uii = uii25TByLotKey.get(lot.lotKey());
            String traceCode = uii == null || uii.isEmpty() ? elementString(lot.gtin(), nfc(lot.lotNumber()))
                    : UII_DATA_IDENTIFIER + nfc(uii);
            traceCodes.add(traceCode);
            if (lot.quantity() != null) {
                ObjectNode quantity = quantities.addObject();
                quantity.put(MA_TRUY_VET, traceCode);
                putNumber(quantity, SO_LUONG, lot.quantity());
                putText(quantity, DON_VI_TINH, lot.quantityUnit());
            }
        }
        body.put(MA_DIA_DIEM, nfc(event.locationKey()));
        if (event.destinationKey() != null) {
            body.put(DEN_DIA_DIEM, nfc(event.destinationKey()));
        }
        if (!event.inputs().isEmpty()) {
            ArrayNode inputs = body.putArray(DAU_VAO);
            event.inputs().forEach(input -> inputs.add(nfc(input.traceCode())));
        }
        if (!quantities.isEmpty()) {
            body.set(SO_LUONG, quantities);
        }
        if (!event.documents().isEmpty()) {
            ArrayNode documents = body.putArray(CHUNG_TU);
            for (EventDocument document : event.documents()) {
                ObjectNode entry = documents.addObject();
                putText(entry, CHUNG_TU_LOAI, document.type());
                putText(entry, CHUNG_TU_SO, document.number());
            }
        }
        putText(body, NGUOI_THUC_HIEN, event.performer());
        putText(body, MO_TA, event.description());
        putTexts(body, HINH_ANH_MINH_CHUNG, event.evidenceImageUrls());
        return body;
    }

    /** {@code gtinCode}: the shortest registered form of the record's 14-digit GTIN. */
    public static String gtinCode(String gtin14) {
        requireGtin14(gtin14);
        return GtinForms.shortestForm(gtin14);
    }

    /** {@code maTruyVet} of a lot without a 25T identifier: the GS1 element string (01)(10). */
    public static String elementString(String gtin14, String lotNumber) {
        requireGtin14(gtin14);
        return "(01)" + gtin14 + "(10)" + lotNumber;
    }

    /**
     * A location trace code ({@code maDiaDiem}, {@code denDiaDiem}): the GS1 element string {@code (414)<GLN>}, then
     * {@code (254)<extension>} for a sub-location; {@code extension} may be null. Values are not checked here.
     */
    public static String locationCode(String gln, String extension) {
        return LocationRecord.traceCode(gln, extension);
    }

    /** {@code duongDanSo}: the GS1 Digital Link URI of the lot, the lot percent-encoded. */
    public static String digitalLink(String gtin14, String lotNumber) {
        requireGtin14(gtin14);
        return DIGITAL_LINK_BASE + "/01/" + gtin14 + "/10/" + percentEncode(lotNumber);
    }

    /** GS1 Digital Link path encoding: everything but RFC 3986 unreserved characters is %XX (of its UTF-8 bytes). */
    public static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static void requireGtin14(String gtin14) {
        if (gtin14 == null || gtin14.length() != 14 || !GtinForms.allDigits(gtin14)) {
            throw new UnmappableRecordException(
                    "GTIN '" + gtin14 + "' is not the 14-digit normal form; the identifier normalizer must run first");
        }
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void putText(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, nfc(value));
        }
    }

    private static void putTexts(ObjectNode body, String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        ArrayNode array = body.putArray(field);
        values.stream().filter(v -> v != null && !v.isBlank()).map(PortalProfile::nfc).forEach(array::add);
    }

    private static void putNumber(ObjectNode body, String field, BigDecimal value) {
        if (value != null) {
            // a negative scale would print as 5E+2, which some JSON readers take as a float
            body.put(field, value.scale() < 0 ? value.setScale(0) : value);
        }
    }

    private static void putDate(ObjectNode body, String field, LocalDate date) {
        if (date != null) {
            body.put(field, date.toString()); // ISO yyyy-MM-dd for years 0000..9999
        }
    }

    @Override
    public String toString() {
        return "PortalProfile[" + name + "]";
    }
}
