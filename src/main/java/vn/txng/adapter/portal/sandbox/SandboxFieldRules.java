package vn.txng.adapter.portal.sandbox;

import static vn.txng.adapter.portal.PortalProfile.DON_VI_TINH;
import static vn.txng.adapter.portal.PortalProfile.DUONG_DAN_SO;
import static vn.txng.adapter.portal.PortalProfile.GLN_CO_SO_SAN_XUAT;
import static vn.txng.adapter.portal.PortalProfile.GTIN_CODE;
import static vn.txng.adapter.portal.PortalProfile.HAN_SU_DUNG;
import static vn.txng.adapter.portal.PortalProfile.HAN_SU_DUNG_NGAY;
import static vn.txng.adapter.portal.PortalProfile.HINH_ANH;
import static vn.txng.adapter.portal.PortalProfile.MA_TRUY_VET;
import static vn.txng.adapter.portal.PortalProfile.MO_TA;
import static vn.txng.adapter.portal.PortalProfile.NET_WEIGHT;
import static vn.txng.adapter.portal.PortalProfile.NGAY_SAN_XUAT;
import static vn.txng.adapter.portal.PortalProfile.NHA_SAN_XUAT;
import static vn.txng.adapter.portal.PortalProfile.NSX_DIA_CHI;
import static vn.txng.adapter.portal.PortalProfile.NSX_GLN;
import static vn.txng.adapter.portal.PortalProfile.NSX_MA_SO_THUE;
import static vn.txng.adapter.portal.PortalProfile.NSX_TEN;
import static vn.txng.adapter.portal.PortalProfile.SO_LO;
import static vn.txng.adapter.portal.PortalProfile.SO_LUONG;
import static vn.txng.adapter.portal.PortalProfile.TEN;
import static vn.txng.adapter.portal.PortalProfile.THUONG_HIEU;
import static vn.txng.adapter.portal.PortalProfile.TIEU_CHUAN_AP_DUNG;
import static vn.txng.adapter.portal.PortalProfile.WEIGHT_UNIT;
import static vn.txng.adapter.portal.PortalProfile.XUAT_XU;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.GtinForms;
import vn.txng.adapter.portal.PortalProfile;

/**
 * The field rules of PORTAL-API.md's tables, as the sandbox enforces them: products and lots here, locations and
 * traceability events in {@link LocationFieldRules} and {@link EventFieldRules}.
 */
public final class SandboxFieldRules {

    /** UN/ECE Recommendation 20 codes a product's net content is commonly given in. */
    static final Set<String> REC20_UNITS = Set.of(
            "GRM", "KGM", "MGM", "TNE", "MC", "MLT", "LTR", "CLT", "DLT", "MTQ", "CMQ", "MMQ",
            "H87", "C62", "EA", "PR", "SET", "MTR", "CMT", "MMT", "MTK", "CMK", "ONZ", "LBR", "OZA", "GLL");
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    static final Pattern TAX_CODE = Pattern.compile("\\d{10}|\\d{13}|\\d{10}-\\d{3}");
    /** GS1 CSET 82: the characters allowed in AI 10 (lot number). */
    private static final Pattern CSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");
    static final Pattern UII_25T = Pattern.compile("25T[A-Z0-9]{1,50}");
    static final int MAX_NAME = 500;

    private final EventFieldRules events;

    /** The rules with the system clock (an event's time may not lie more than an hour ahead of it). */
    public SandboxFieldRules() {
        this(Clock.systemUTC());
    }

    public SandboxFieldRules(Clock clock) {
        this.events = new EventFieldRules(clock);
    }

    /** What is wrong with a body of {@code kind}, each problem naming its field; empty when the body is valid. */
    public List<FieldError> validate(RecordKind kind, JsonNode body) {
        FieldCheck check = new FieldCheck(body);
        switch (kind) {
            case PRODUCT -> product(check);
            case LOT -> lot(check);
            case LOCATION -> LocationFieldRules.location(check);
            case EVENT -> events.event(check);
        }
        return check.errors();
    }

    private void product(FieldCheck check) {
        check.gtinCode(GTIN_CODE);
        check.requiredText(TEN, MAX_NAME);
        check.optionalText(MO_TA);
        check.images(HINH_ANH, true, Integer.MAX_VALUE);
        check.requiredText(DON_VI_TINH);
        JsonNode weight = check.requiredNumber(NET_WEIGHT);
        if (weight != null && weight.decimalValue().signum() <= 0) {
            check.fail(NET_WEIGHT, "must be greater than 0");
        }
        String unit = check.requiredText(WEIGHT_UNIT);
        if (unit != null && !REC20_UNITS.contains(unit)) {
            check.fail(WEIGHT_UNIT, "'" + unit + "' is not a UN/ECE Recommendation 20 unit code (e.g. GRM, KGM, MLT, LTR, H87)");
        }
        String country = check.optionalText(XUAT_XU);
        if (country != null && !ISO_COUNTRIES.contains(country)) {
            check.fail(XUAT_XU, "'" + country + "' is not an ISO 3166-1 alpha-2 country code");
        }
        check.optionalText(THUONG_HIEU);
        check.optionalTexts(TIEU_CHUAN_AP_DUNG);
        JsonNode shelfLife = check.node(HAN_SU_DUNG_NGAY);
        if (shelfLife != null && (!shelfLife.canConvertToInt() || !shelfLife.isIntegralNumber() || shelfLife.intValue() <= 0)) {
            check.fail(HAN_SU_DUNG_NGAY, "must be a whole number of days greater than 0");
        }
        manufacturer(check);
    }

    private void manufacturer(FieldCheck check) {
        JsonNode maker = check.node(NHA_SAN_XUAT);
        if (maker == null) {
            check.fail(NHA_SAN_XUAT, "is required");
            return;
        }
        if (!maker.isObject()) {
            check.fail(NHA_SAN_XUAT, "must be an object");
            return;
        }
        FieldCheck inner = check.nested(NHA_SAN_XUAT, maker);
        inner.requiredText(NSX_TEN);
        inner.requiredText(NSX_DIA_CHI);
        String taxCode = inner.requiredText(NSX_MA_SO_THUE);
        if (taxCode != null && !TAX_CODE.matcher(taxCode).matches()) {
            inner.fail(NSX_MA_SO_THUE, "must be 10 or 13 digits, or NNNNNNNNNN-NNN");
        }
        inner.gln(NSX_GLN);
    }

    private void lot(FieldCheck check) {
        String gtinCode = check.gtinCode(GTIN_CODE);
        String lot = check.requiredText(SO_LO);
        if (lot != null && !CSET_82.matcher(lot).matches()) {
            check.fail(SO_LO, "must be 1 to 20 characters of GS1 CSET 82");
            lot = null;
        }
        String gtin14 = gtinCode == null ? null : GtinForms.gtin14(gtinCode);
        String traceCode = check.requiredText(MA_TRUY_VET);
        if (traceCode != null && !UII_25T.matcher(traceCode).matches()
                && (gtin14 == null || lot == null || !traceCode.equals(PortalProfile.elementString(gtin14, lot)))) {
            check.fail(MA_TRUY_VET, "must be (01)<GTIN-14 of gtinCode>(10)<soLo> or 25T followed by 1 to 50 of A-Z0-9");
        }
        String link = check.optionalText(DUONG_DAN_SO);
        if (link != null && !isDigitalLinkOf(link, gtin14, lot)) {
            check.fail(DUONG_DAN_SO, "must be " + PortalProfile.DIGITAL_LINK_BASE + "/01/<GTIN-14>/10/<soLo> of this lot");
        }
        LocalDate made = check.date(NGAY_SAN_XUAT);
        LocalDate expires = check.date(HAN_SU_DUNG);
        if (made != null && expires != null && expires.isBefore(made)) {
            check.fail(HAN_SU_DUNG, "must not be before " + NGAY_SAN_XUAT);
        }
        JsonNode quantity = check.node(SO_LUONG);
        if (quantity != null && (!quantity.isNumber() || quantity.decimalValue().signum() < 0)) {
            check.fail(SO_LUONG, "must be a number >= 0");
        }
        if (quantity == null) {
            check.optionalText(DON_VI_TINH);
        } else if (check.node(DON_VI_TINH) == null) {
            check.fail(DON_VI_TINH, "is required when " + SO_LUONG + " is given");
        } else {
            check.requiredText(DON_VI_TINH);
        }
        check.gln(GLN_CO_SO_SAN_XUAT);
    }

    private static boolean isDigitalLinkOf(String link, String gtin14, String lot) {
        if (gtin14 == null || lot == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException notUri) {
            return false;
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        String[] segments = uri.getRawPath() == null ? new String[0] : uri.getRawPath().split("/", -1);
        return base.equals(PortalProfile.DIGITAL_LINK_BASE) && uri.getRawQuery() == null && uri.getRawFragment() == null
                && segments.length == 5 && segments[0].isEmpty()
                && segments[1].equals("01") && segments[2].equals(gtin14)
                && segments[3].equals("10") && lot.equals(percentDecode(segments[4]));
    }

    private static String percentDecode(String segment) {
        try {
            // URLDecoder would take '+' for a space; in a path a '+' is itself
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }
}
