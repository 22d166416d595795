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
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.GtinForms;
import vn.txng.adapter.portal.PortalProfile;

/** The field rules of PORTAL-API.md's product and lot tables, as the sandbox enforces them. */
public final class SandboxFieldRules {

    /** UN/ECE Recommendation 20 codes a product's net content is commonly given in. */
    static final Set<String> REC20_UNITS = Set.of(
            "GRM", "KGM", "MGM", "TNE", "MC", "MLT", "LTR", "CLT", "DLT", "MTQ", "CMQ", "MMQ",
            "H87", "C62", "EA", "PR", "SET", "MTR", "CMT", "MMT", "MTK", "CMK", "ONZ", "LBR", "OZA", "GLL");
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}|\\d{13}|\\d{10}-\\d{3}");
    /** GS1 CSET 82: the characters allowed in AI 10 (lot number). */
    private static final Pattern CSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");
    private static final Pattern UII_25T = Pattern.compile("25T[A-Z0-9]{1,50}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern IMAGE_PATH = Pattern.compile("(?i).*\\.(jpe?g|png)");
    private static final int MAX_NAME = 500;

    public List<FieldError> validate(RecordKind kind, JsonNode body) {
        Check check = new Check(body);
        if (kind == RecordKind.PRODUCT) {
            product(check);
        } else {
            lot(check);
        }
        return check.errors;
    }

    private void product(Check check) {
        check.gtinCode();
        String name = check.requiredText(TEN);
        if (name != null && name.codePointCount(0, name.length()) > MAX_NAME) {
            check.fail(TEN, "must be at most " + MAX_NAME + " characters");
        }
        check.optionalText(MO_TA);
        check.images();
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

    private void manufacturer(Check check) {
        JsonNode maker = check.node(NHA_SAN_XUAT);
        if (maker == null) {
            check.fail(NHA_SAN_XUAT, "is required");
            return;
        }
        if (!maker.isObject()) {
            check.fail(NHA_SAN_XUAT, "must be an object");
            return;
        }
        Check inner = check.nested(NHA_SAN_XUAT, maker);
        inner.requiredText(NSX_TEN);
        inner.requiredText(NSX_DIA_CHI);
        String taxCode = inner.requiredText(NSX_MA_SO_THUE);
        if (taxCode != null && !TAX_CODE.matcher(taxCode).matches()) {
            inner.fail(NSX_MA_SO_THUE, "must be 10 or 13 digits, or NNNNNNNNNN-NNN");
        }
        inner.gln(NSX_GLN);
    }

    private void lot(Check check) {
        String gtinCode = check.gtinCode();
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

    /** One validation pass over an object: typed accessors that record what is wrong. */
    private static final class Check {
        private final JsonNode body;
        private final String prefix;
        private final List<FieldError> errors;

        Check(JsonNode body) {
            this(body, "", new ArrayList<>());
        }

        private Check(JsonNode body, String prefix, List<FieldError> errors) {
            this.body = body;
            this.prefix = prefix;
            this.errors = errors;
        }

        Check nested(String field, JsonNode object) {
            return new Check(object, prefix + field + ".", errors);
        }

        void fail(String field, String message) {
            errors.add(new FieldError(prefix + field, message));
        }

        /** The field's node, or null when absent or JSON null. */
        JsonNode node(String field) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value;
        }

        String requiredText(String field) {
            if (node(field) == null) {
                fail(field, "is required");
                return null;
            }
            String text = optionalText(field);
            if (text != null && text.isBlank()) {
                fail(field, "must not be blank");
                return null;
            }
            return text;
        }

        String optionalText(String field) {
            JsonNode value = node(field);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                fail(field, "must be a string");
                return null;
            }
            return nfcText(field, value.textValue());
        }

        void optionalTexts(String field) {
            JsonNode value = node(field);
            if (value == null) {
                return;
            }
            if (!value.isArray()) {
                fail(field, "must be an array of strings");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual() || item.textValue().isBlank()) {
                    fail(field + "[" + i + "]", "must be a non-blank string");
                } else {
                    nfcText(field + "[" + i + "]", item.textValue());
                }
            }
        }

        private String nfcText(String field, String text) {
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                fail(field, "must be Unicode NFC");
            }
            return text;
        }

        JsonNode requiredNumber(String field) {
            JsonNode value = node(field);
            if (value == null) {
                fail(field, "is required");
                return null;
            }
            if (!value.isNumber()) {
                fail(field, "must be a number");
                return null;
            }
            return value;
        }

        /** gtinCode: digits, a correct check digit, and the shortest registered form. */
        String gtinCode() {
            String code = requiredText(GTIN_CODE);
            if (code == null) {
                return null;
            }
            String gtin14 = GtinForms.gtin14(code);
            if (gtin14 == null) {
                fail(GTIN_CODE, "'" + code + "' is not a GTIN of 8, 13 or 14 digits");
                return null;
            }
            if (!GtinForms.hasValidCheckDigit(gtin14)) {
                fail(GTIN_CODE, "'" + code + "' has a wrong GS1 check digit");
                return null;
            }
            String shortest = GtinForms.shortestForm(gtin14);
            if (!shortest.equals(code)) {
                fail(GTIN_CODE, "'" + code + "' is not in its shortest registered form; send '" + shortest + "'");
                return null;
            }
            return code;
        }

        void images() {
            JsonNode images = node(HINH_ANH);
            if (images == null || !images.isArray() || images.isEmpty()) {
                fail(HINH_ANH, "must be an array of at least one http(s) URL of a JPG or PNG image");
                return;
            }
            for (int i = 0; i < images.size(); i++) {
                JsonNode image = images.get(i);
                if (!image.isTextual() || !isImageUrl(image.textValue())) {
                    fail(HINH_ANH + "[" + i + "]", "must be an http(s) URL ending in .jpg, .jpeg or .png");
                }
            }
        }

        private static boolean isImageUrl(String text) {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && uri.getPath() != null && IMAGE_PATH.matcher(uri.getPath()).matches();
            } catch (URISyntaxException notUri) {
                return false;
            }
        }

        void gln(String field) {
            String gln = optionalText(field);
            if (gln != null && !GtinForms.isValidGln(gln)) {
                fail(field, "'" + gln + "' is not a valid GLN (13 digits with a correct check digit)");
            }
        }

        LocalDate date(String field) {
            String text = optionalText(field);
            if (text == null) {
                return null;
            }
            try {
                if (DATE.matcher(text).matches()) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException notADate) {
                // falls through to the field error
            }
            fail(field, "'" + text + "' is not a date YYYY-MM-DD");
            return null;
        }
    }
}
