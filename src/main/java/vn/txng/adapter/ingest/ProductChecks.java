package vn.txng.adapter.ingest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.model.Manufacturer;
import vn.txng.adapter.model.MeasureUnits;
import vn.txng.adapter.model.ProductRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/** The portal's product rules (profile txng-v5, ToChuc_SanPham), checked before staging. */
final class ProductChecks {

    static final int MAX_NAME = 500;
    private static final String GTIN = "Gtin";
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(\\d{3}|-\\d{3})?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final IdentifierNormalizer identifiers;

    ProductChecks(IdentifierNormalizer identifiers) {
        this.identifiers = identifiers;
    }

    /**
     * Whether a problem is a required field left empty, which another source (an XML master file, a
     * later catalogue, {@code txng.defaults.*}) can supply: a product with only such problems is
     * held, not rejected. A wrong value (GTIN, tax code, image URL, unit, length, a number not above
     * 0) is not, and a product without a GTIN has no key to be held under.
     */
    static boolean isMissingField(Rejection problem) {
        return FieldProblems.REQUIRED.equals(problem.code()) && !GTIN.equals(problem.field());
    }

    /**
     * The product with normalised identifiers, or null when {@code problems} got an entry that is
     * not {@linkplain #isMissingField a missing field}. With only missing fields the product is
     * returned all the same (its GTIN valid), so that it can be held until a file supplies them.
     */
    ProductRecord check(ProductRecord p, SourcePosition position, List<Rejection> problems) {
        int before = problems.size();
        FieldProblems found = new FieldProblems(position, problems);
        String gtin = found.required(GTIN, p.gtin(), "the product's GTIN")
                ? found.identifier(GTIN, p.gtin(), identifiers.gtin(p.gtin())) : null;
        if (found.required("Name", p.name(), "a product name") && p.name().length() > MAX_NAME) {
            found.add("TOO_LONG", "Name", "the name has " + p.name().length() + " characters; the portal takes at most " + MAX_NAME);
        }
        if (found.required("ImageUrl", p.imageUrls(), "at least one http(s) URL of a JPG or PNG image")) {
            p.imageUrls().forEach(url -> checkImageUrl(url, found, "ImageUrl"));
        }
        found.required("SalesUnit", p.salesUnit(), "the sales unit as printed (Hộp, Chai, Gói, kg ...)");
        if (found.required("NetContent", p.netContent(), "the net content, a number > 0")
                && p.netContent().compareTo(BigDecimal.ZERO) <= 0) {
            found.add("NOT_POSITIVE", "NetContent", "net content " + p.netContent().toPlainString() + " must be greater than 0");
        }
        if (found.required("NetContent/@unit", p.netContentUnit(), "a UN/ECE Rec. 20 unit code (GRM, KGM, MLT, LTR, H87 ...)")
                && !MeasureUnits.isRec20(p.netContentUnit())) {
            found.add("UNKNOWN_UNIT", "NetContent/@unit", "'" + p.netContentUnit() + "' is not a UN/ECE Rec. 20 unit code the portal takes; use GRM, KGM, MLT, LTR, H87 ...");
        }
        if (p.countryOfOrigin() != null && !COUNTRIES.contains(p.countryOfOrigin())) {
            found.add("UNKNOWN_COUNTRY", "CountryOfOrigin", "'" + p.countryOfOrigin() + "' is not an ISO 3166-1 alpha-2 country code (VN, JP, US ...)");
        }
        if (p.shelfLifeDays() != null && p.shelfLifeDays() <= 0) {
            found.add("NOT_POSITIVE", "ShelfLifeDays", "shelf life must be a number of days greater than 0");
        }
        Manufacturer maker = checkManufacturer(p.manufacturer(), found);
        boolean onlyMissing = problems.subList(before, problems.size()).stream().allMatch(ProductChecks::isMissingField);
        return onlyMissing ? p.withIdentifiers(gtin, maker) : null;
    }

    private Manufacturer checkManufacturer(Manufacturer m, FieldProblems found) {
        if (!found.required("Manufacturer", m, "the manufacturer's name, address and tax code")) {
            return null;
        }
        found.required("Manufacturer/Name", m.name(), "the manufacturer's name");
        found.required("Manufacturer/Address", m.address(), "the manufacturer's address");
        if (found.required("Manufacturer/TaxCode", m.taxCode(), "the manufacturer's tax code")) {
            taxCode(found, "Manufacturer/TaxCode", m.taxCode());
        }
        String gln = m.gln() == null ? null : found.identifier("Manufacturer/Gln", m.gln(), identifiers.gln(m.gln()));
        return new Manufacturer(m.name(), m.address(), m.taxCode(), gln);
    }

    /** A Vietnamese tax code: 10 or 13 digits, or 10 digits, a hyphen and 3 digits. */
    static void taxCode(FieldProblems found, String field, String taxCode) {
        if (!TAX_CODE.matcher(taxCode).matches()) {
            found.add("BAD_TAX_CODE", field, "tax code '" + taxCode + "' must be 10 or 13 digits, or 10 digits, a hyphen and 3 digits");
        }
    }

    /** An image the portal can show: an http or https URL of a JPG or PNG. */
    static void checkImageUrl(String url, FieldProblems found, String field) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                found.add("BAD_IMAGE_URL", field, "'" + url + "' is not an http or https URL");
            } else if (!(path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".png"))) {
                found.add("BAD_IMAGE_URL", field, "'" + url + "' does not name a JPG or PNG image (.jpg, .jpeg, .png)");
            }
        } catch (URISyntaxException e) {
            found.add("BAD_IMAGE_URL", field, "'" + url + "' is not a valid URL: " + e.getReason());
        }
    }
}
