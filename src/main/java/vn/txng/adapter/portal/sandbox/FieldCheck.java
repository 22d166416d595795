package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.txng.adapter.portal.GtinForms;

/**
 * One validation pass over a JSON object: typed accessors that record what is wrong, each error naming its
 * field as the portal does ({@code nhaSanXuat.gln}, {@code soLuong[1].donViTinh}).
 */
final class FieldCheck {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern IMAGE_PATH = Pattern.compile("(?i).*\\.(jpe?g|png)");

    private final JsonNode body;
    private final String prefix;
    private final List<FieldError> errors;

    FieldCheck(JsonNode body) {
        this(body, "", new ArrayList<>());
    }

    private FieldCheck(JsonNode body, String prefix, List<FieldError> errors) {
        this.body = body;
        this.prefix = prefix;
        this.errors = errors;
    }

    List<FieldError> errors() {
        return errors;
    }

    /** The checks of an inner object, whose errors are named {@code field.inner} in this pass. */
    FieldCheck nested(String field, JsonNode object) {
        return new FieldCheck(object, prefix + field + ".", errors);
    }

    /** The name of an array's item: {@code field[index]}. */
    static String item(String field, int index) {
        return field + "[" + index + "]";
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

    /** A required text of at most {@code max} characters (Unicode code points). */
    String requiredText(String field, int max) {
        return atMost(field, requiredText(field), max);
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

    /** An optional text of 1 to {@code max} characters (Unicode code points). */
    String optionalText(String field, int max) {
        String text = optionalText(field);
        if (text != null && text.isEmpty()) {
            fail(field, "must not be empty; leave it out instead");
            return null;
        }
        return atMost(field, text, max);
    }

    /** {@code text} when it has at most {@code max} characters (Unicode code points), else null (failed). */
    String atMost(String field, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            fail(field, "must be at most " + max + " characters");
            return null;
        }
        return text;
    }

    /** The field's array, or null when absent (then {@code required} fails it) or not an array (failed). */
    JsonNode array(String field, boolean required) {
        JsonNode value = node(field);
        if (value == null) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (!value.isArray()) {
            fail(field, "must be an array");
            return null;
        }
        return value;
    }

    /** The text of an array's item, or null (failed) when it is not a non-blank NFC string. */
    String itemText(String field, int index, JsonNode item) {
        String name = item(field, index);
        if (!item.isTextual() || item.textValue().isBlank()) {
            fail(name, "must be a non-blank string");
            return null;
        }
        return nfcText(name, item.textValue());
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
            itemText(field, i, value.get(i));
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

    /** An optional number, or null (failed when present but not a number). */
    JsonNode optionalNumber(String field) {
        JsonNode value = node(field);
        if (value != null && !value.isNumber()) {
            fail(field, "must be a number");
            return null;
        }
        return value;
    }

    /** gtinCode: digits, a correct check digit, and the shortest registered form. */
    String gtinCode(String field) {
        String code = requiredText(field);
        if (code == null) {
            return null;
        }
        String gtin14 = GtinForms.gtin14(code);
        if (gtin14 == null) {
            fail(field, "'" + code + "' is not a GTIN of 8, 13 or 14 digits");
            return null;
        }
        if (!GtinForms.hasValidCheckDigit(gtin14)) {
            fail(field, "'" + code + "' has a wrong GS1 check digit");
            return null;
        }
        String shortest = GtinForms.shortestForm(gtin14);
        if (!shortest.equals(code)) {
            fail(field, "'" + code + "' is not in its shortest registered form; send '" + shortest + "'");
            return null;
        }
        return code;
    }

    /**
     * An array of http(s) URLs of JPG or PNG images: at least one when {@code required}, at most
     * {@code max} items.
     */
    void images(String field, boolean required, int max) {
        JsonNode images = node(field);
        if (images == null && !required) {
            return;
        }
        if (images == null || !images.isArray() || required && images.isEmpty()) {
            fail(field, required ? "must be an array of at least one http(s) URL of a JPG or PNG image"
                    : "must be an array of http(s) URLs of JPG or PNG images");
            return;
        }
        if (images.size() > max) {
            fail(field, "must hold at most " + max + " images, not " + images.size());
            return;
        }
        for (int i = 0; i < images.size(); i++) {
            JsonNode image = images.get(i);
            if (!image.isTextual() || !isImageUrl(image.textValue())) {
                fail(item(field, i), "must be an http(s) URL ending in .jpg, .jpeg or .png");
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
