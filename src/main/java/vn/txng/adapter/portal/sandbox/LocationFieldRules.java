package vn.txng.adapter.portal.sandbox;

import static vn.txng.adapter.portal.PortalProfile.DIA_CHI;
import static vn.txng.adapter.portal.PortalProfile.KINH_DO;
import static vn.txng.adapter.portal.PortalProfile.LOAI_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.LOCATION_KINDS;
import static vn.txng.adapter.portal.PortalProfile.MA_DIA_DIEM;
import static vn.txng.adapter.portal.PortalProfile.MA_SO_THUE;
import static vn.txng.adapter.portal.PortalProfile.TEN;
import static vn.txng.adapter.portal.PortalProfile.VI_DO;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** The field rules of PORTAL-API.md section 5's location table ({@code ToChuc_DiaDiem}). */
final class LocationFieldRules {

    static final int MAX_ADDRESS = 1000;
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private LocationFieldRules() {
    }

    static void location(FieldCheck check) {
        locationCode(check, MA_DIA_DIEM, true);
        check.requiredText(TEN, SandboxFieldRules.MAX_NAME);
        check.requiredText(DIA_CHI, MAX_ADDRESS);
        String kind = check.requiredText(LOAI_DIA_DIEM);
        if (kind != null && !LOCATION_KINDS.contains(kind)) {
            check.fail(LOAI_DIA_DIEM, "'" + kind + "' is not one of " + String.join(", ", LOCATION_KINDS));
        }
        String taxCode = check.optionalText(MA_SO_THUE);
        if (taxCode != null && !SandboxFieldRules.TAX_CODE.matcher(taxCode).matches()) {
            check.fail(MA_SO_THUE, "must be 10 or 13 digits, or NNNNNNNNNN-NNN");
        }
        JsonNode latitude = coordinate(check, VI_DO, MAX_LATITUDE);
        JsonNode longitude = coordinate(check, KINH_DO, MAX_LONGITUDE);
        if (latitude != null && check.node(KINH_DO) == null) {
            check.fail(KINH_DO, "is required with " + VI_DO + ": both or neither");
        } else if (longitude != null && check.node(VI_DO) == null) {
            check.fail(VI_DO, "is required with " + KINH_DO + ": both or neither");
        }
    }

    /** A location trace code in {@code field}; null when absent (failed if {@code required}) or wrong (failed). */
    static String locationCode(FieldCheck check, String field, boolean required) {
        String code = required ? check.requiredText(field) : check.optionalText(field);
        if (code == null) {
            return null;
        }
        String problem = TraceCodes.locationProblem(code);
        if (problem != null) {
            check.fail(field, problem);
            return null;
        }
        return code;
    }

    /** A WGS 84 degree within -limit..limit, or null. */
    private static JsonNode coordinate(FieldCheck check, String field, BigDecimal limit) {
        JsonNode value = check.optionalNumber(field);
        if (value != null && value.decimalValue().abs().compareTo(limit) > 0) {
            check.fail(field, "must be a WGS 84 degree from -" + limit + " to " + limit);
            return null;
        }
        return value;
    }
}
