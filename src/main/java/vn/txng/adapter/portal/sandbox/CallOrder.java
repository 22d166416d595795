package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalProfile;

/**
 * PORTAL-API.md's order of calls: a lot after its product (section 3), an event after its location and its lots
 * (section 5). A call that comes too early is answered 409, and the client sends it again once those are delivered.
 */
final class CallOrder {

    /** How many missing lots a 409 names before it only counts the rest. */
    private static final int NAMED = 10;

    private CallOrder() {
    }

    /** The 409 for a valid body of {@code kind} whose predecessors {@code records} lacks; null when it may be stored. */
    static Reply unmet(RecordKind kind, JsonNode body, RecordStore records) {
        if (kind == RecordKind.LOT) {
            String gtinCode = body.get(PortalProfile.GTIN_CODE).textValue();
            return records.hasProduct(gtinCode) ? null : SandboxJson.failureReply(409, "ERR_PRODUCT_NOT_FOUND",
                    "product " + gtinCode + " must be sent before its lots");
        }
        if (kind != RecordKind.EVENT) {
            return null;
        }
        String location = body.get(PortalProfile.MA_DIA_DIEM).textValue();
        if (!records.hasLocation(location)) {
            return SandboxJson.failureReply(409, PortalProfile.LOCATION_UNKNOWN_ERROR,
                    "location " + location + " must be sent before the events at it");
        }
        List<String> missing = new ArrayList<>();
        body.get(PortalProfile.MA_TRUY_VET).forEach(code -> {
            if (!records.hasLot(code.textValue())) {
                missing.add(code.textValue());
            }
        });
        if (missing.isEmpty()) {
            return null;
        }
        String named = String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
                + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "");
        return SandboxJson.failureReply(409, PortalProfile.LOT_UNKNOWN_ERROR,
                missing.size() == 1 ? "lot " + named + " must be sent before the events about it"
                        : "lots " + named + " must be sent before the events about them");
    }
}
