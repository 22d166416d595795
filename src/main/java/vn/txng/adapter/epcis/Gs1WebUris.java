package vn.txng.adapter.epcis;

import vn.txng.adapter.portal.PortalProfile;

/**
 * GS1 Digital Link URIs (GS1 Digital Link standard 1.2, canonical host {@code https://id.gs1.org}) for the
 * identifiers an exported event names; every value after an AI is percent-encoded as the profile's
 * {@code duongDanSo} is, so a lot reads back the same. GTINs are the 14-digit normal form.
 */
final class Gs1WebUris {

    private static final String BASE = PortalProfile.DIGITAL_LINK_BASE;

    private Gs1WebUris() {
    }

    /** A lot of a trade item: {@code /01/<GTIN-14>/10/<lot>} (EPCIS class level, the LGTIN). */
    static String lot(String gtin14, String lotNumber) {
        return PortalProfile.digitalLink(gtin14, lotNumber);
    }

    /** One serialised item: {@code /01/<GTIN-14>/21/<serial>} (the SGTIN). */
    static String serial(String gtin14, String serial) {
        return BASE + "/01/" + gtin14 + "/21/" + PortalProfile.percentEncode(serial);
    }

    /** A logistic unit: {@code /00/<SSCC>}. */
    static String sscc(String sscc) {
        return BASE + "/00/" + sscc;
    }

    /**
     * A serialised item or a logistic unit from its element string, {@code (01)<GTIN-14>(21)<serial>} or
     * {@code (00)<SSCC>} (as {@link vn.txng.adapter.model.EventRecord#instanceCodes()} holds them).
     *
     * @throws IllegalArgumentException for any other element string
     */
    static String instance(String elementString) {
        if (elementString.startsWith("(00)")) {
            return sscc(elementString.substring(4));
        }
        if (elementString.startsWith("(01)") && elementString.startsWith("(21)", 18)) {
            // a serial may hold parentheses (AI 21 takes GS1's character set 82): it is all that follows (21)
            return serial(elementString.substring(4, 18), elementString.substring(22));
        }
        throw new IllegalArgumentException("'" + elementString + "' is neither (01)<GTIN-14>(21)<serial> nor (00)<SSCC>");
    }

    /** A place: {@code /414/<GLN>}, with {@code /254/<extension>} when it has one (the SGLN). */
    static String location(String gln, String extension) {
        return BASE + "/414/" + gln + (extension == null || extension.isEmpty() ? "" : "/254/" + PortalProfile.percentEncode(extension));
    }
}
