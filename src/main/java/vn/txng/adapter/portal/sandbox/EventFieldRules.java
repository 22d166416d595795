package vn.txng.adapter.portal.sandbox;

import static vn.txng.adapter.portal.PortalProfile.CHUNG_TU;
import static vn.txng.adapter.portal.PortalProfile.CHUNG_TU_LOAI;
import static vn.txng.adapter.portal.PortalProfile.CHUNG_TU_SO;
import static vn.txng.adapter.portal.PortalProfile.CONG_DOAN;
import static vn.txng.adapter.portal.PortalProfile.DAU_VAO;
import static vn.txng.adapter.portal.PortalProfile.DEN_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.DOCUMENT_TYPES;
import static vn.txng.adapter.portal.PortalProfile.DON_VI_TINH;
import static vn.txng.adapter.portal.PortalProfile.HINH_ANH_MINH_CHUNG;
import static vn.txng.adapter.portal.PortalProfile.MA_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.MA_SU_KIEN;
import static vn.txng.adapter.portal.PortalProfile.MA_TRUY_VET;
import static vn.txng.adapter.portal.PortalProfile.MO_TA;
import static vn.txng.adapter.portal.PortalProfile.NGUOI_THUC_HIEN;
import static vn.txng.adapter.portal.PortalProfile.SO_LUONG;
import static vn.txng.adapter.portal.PortalProfile.STAGES;
import static vn.txng.adapter.portal.PortalProfile.STAGE_PROCESSING;
import static vn.txng.adapter.portal.PortalProfile.STAGE_SHIPPING;
import static vn.txng.adapter.portal.PortalProfile.THOI_GIAN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of PORTAL-API.md section 5's traceability event table ({@code ToChuc_SuKien}). Whether the
 * event's lots and location were delivered is the order rule's question ({@link CallOrder}), asked after these.
 */
final class EventFieldRules {

    static final int MAX_TRACE_CODES = 1000;
    static final int MAX_PERFORMER = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EVIDENCE_IMAGES = 20;
    static final int MAX_DOCUMENT_NUMBER = 100;
    /** How far ahead of the portal's clock an event may be dated (clocks drift; a forecast is no event). */
    static final Duration MAX_AHEAD = Duration.ofHours(1);
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Pattern EVENT_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final Clock clock;

    EventFieldRules(Clock clock) {
        this.clock = clock;
    }

    void event(FieldCheck check) {
        String key = check.requiredText(MA_SU_KIEN);
        if (key != null && !EVENT_KEY.matcher(key).matches()) {
            check.fail(MA_SU_KIEN, "must be 1 to 200 printable ASCII characters");
        }
        String stage = stage(check);
        time(check);
        Set<String> traceCodes = traceCodes(check);
        LocationFieldRules.locationCode(check, MA_DIA_DIEM, true);
        destination(check, stage);
        inputs(check, stage);
        quantities(check, traceCodes);
        documents(check);
        check.optionalText(NGUOI_THUC_HIEN, MAX_PERFORMER);
        check.atMost(MO_TA, check.optionalText(MO_TA), MAX_DESCRIPTION);
        check.images(HINH_ANH_MINH_CHUNG, false, MAX_EVIDENCE_IMAGES);
    }

    /** congDoan, or null when missing or not a stage code (failed). */
    private static String stage(FieldCheck check) {
        String stage = check.requiredText(CONG_DOAN);
        if (stage != null && !STAGES.contains(stage)) {
            check.fail(CONG_DOAN, "'" + stage + "' is not one of " + String.join(", ", STAGES));
            return null;
        }
        return stage;
    }

    private void time(FieldCheck check) {
        String text = check.requiredText(THOI_GIAN);
        if (text == null) {
            return;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException noOffsetOrNoDateTime) {
            check.fail(THOI_GIAN, "'" + text + "' is not an ISO 8601 date-time with its offset, e.g. 2026-11-21T08:30:00+07:00");
            return;
        }
        if (time.toInstant().isAfter(clock.instant().plus(MAX_AHEAD))) {
            check.fail(THOI_GIAN, "'" + text + "' is more than one hour in the future");
        } else if (time.toLocalDate().isBefore(EARLIEST)) {
            check.fail(THOI_GIAN, "'" + text + "' is before " + EARLIEST);
        }
    }

    /**
     * The event's product trace codes as given, each bad or repeated one failed; null when the array itself is
     * missing or of a wrong size (then soLuong is not held against it).
     */
    private static Set<String> traceCodes(FieldCheck check) {
        JsonNode codes = check.array(MA_TRUY_VET, true);
        if (codes == null) {
            return null;
        }
        if (codes.isEmpty() || codes.size() > MAX_TRACE_CODES) {
            check.fail(MA_TRUY_VET, "must hold 1 to " + MAX_TRACE_CODES + " trace codes, not " + codes.size());
            return null;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = check.itemText(MA_TRUY_VET, i, codes.get(i));
            if (code == null) {
                continue;
            }
            String problem = TraceCodes.lotProblem(code);
            Integer first = seen.putIfAbsent(code, i);
            if (problem != null) {
                check.fail(FieldCheck.item(MA_TRUY_VET, i), problem);
            } else if (first != null) {
                check.fail(FieldCheck.item(MA_TRUY_VET, i), "repeats " + FieldCheck.item(MA_TRUY_VET, first)
                        + ": each trace code once");
            }
        }
        return seen.keySet();
    }

    private static void destination(FieldCheck check, String stage) {
        if (STAGE_SHIPPING.equals(stage) && check.node(DEN_DIA_DIEM) == null) {
            check.fail(DEN_DIA_DIEM, "is required for " + CONG_DOAN + " " + STAGE_SHIPPING + ": the destination's location trace code");
        } else if (STAGE_SHIPPING.equals(stage) || stage == null) {
            LocationFieldRules.locationCode(check, DEN_DIA_DIEM, false);
        } else if (check.node(DEN_DIA_DIEM) != null) {
            check.fail(DEN_DIA_DIEM, "is for " + CONG_DOAN + " " + STAGE_SHIPPING + " only, not " + stage);
        }
    }

    private static void inputs(FieldCheck check, String stage) {
        if (stage != null && !STAGE_PROCESSING.equals(stage) && check.node(DAU_VAO) != null) {
            check.fail(DAU_VAO, "is for " + CONG_DOAN + " " + STAGE_PROCESSING + " only, not " + stage);
            return;
        }
        JsonNode inputs = check.array(DAU_VAO, false);
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            String code = check.itemText(DAU_VAO, i, inputs.get(i));
            String problem = code == null ? null : TraceCodes.inputProblem(code);
            if (problem != null) {
                check.fail(FieldCheck.item(DAU_VAO, i), problem);
            }
        }
    }

    /** soLuong: one {maTruyVet, soLuong, donViTinh} per trace code of the event ({@code traceCodes}, or null: unknown). */
    private static void quantities(FieldCheck check, Set<String> traceCodes) {
        JsonNode lines = check.array(SO_LUONG, false);
        Set<String> counted = new LinkedHashSet<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            String name = FieldCheck.item(SO_LUONG, i);
            if (!lines.get(i).isObject()) {
                check.fail(name, "must be an object {" + MA_TRUY_VET + ", " + SO_LUONG + ", " + DON_VI_TINH + "}");
                continue;
            }
            FieldCheck line = check.nested(name, lines.get(i));
            String code = line.requiredText(MA_TRUY_VET);
            if (code != null && traceCodes != null && !traceCodes.contains(code)) {
                line.fail(MA_TRUY_VET, "'" + code + "' is not one of the event's " + MA_TRUY_VET);
            } else if (code != null && !counted.add(code)) {
                line.fail(MA_TRUY_VET, "'" + code + "' has a quantity already: one line per trace code");
            }
            JsonNode quantity = line.requiredNumber(SO_LUONG);
            if (quantity != null && quantity.decimalValue().signum() < 0) {
                line.fail(SO_LUONG, "must be a number >= 0");
            }
            if (line.node(DON_VI_TINH) == null) {
                line.fail(DON_VI_TINH, "is required with " + SO_LUONG);
            } else {
                line.requiredText(DON_VI_TINH);
            }
        }
    }

    private static void documents(FieldCheck check) {
        JsonNode documents = check.array(CHUNG_TU, false);
        for (int i = 0; documents != null && i < documents.size(); i++) {
            String name = FieldCheck.item(CHUNG_TU, i);
            if (!documents.get(i).isObject()) {
                check.fail(name, "must be an object {" + CHUNG_TU_LOAI + ", " + CHUNG_TU_SO + "}");
                continue;
            }
            FieldCheck document = check.nested(name, documents.get(i));
            String type = document.requiredText(CHUNG_TU_LOAI);
            if (type != null && !DOCUMENT_TYPES.contains(type)) {
                document.fail(CHUNG_TU_LOAI, "'" + type + "' is not one of " + String.join(", ", DOCUMENT_TYPES));
            }
            document.requiredText(CHUNG_TU_SO, MAX_DOCUMENT_NUMBER);
        }
    }
}
