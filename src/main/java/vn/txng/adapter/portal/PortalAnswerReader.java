package vn.txng.adapter.portal;

import static vn.txng.adapter.portal.PortalProfile.ANSWER_CREATED;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_DATA;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_DEBUG_MESSAGE;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_ERROR;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_ERRORS;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_FIELD;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_ID;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_MESSAGE;
import static vn.txng.adapter.portal.PortalProfile.ANSWER_SUCCESS;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.txng.adapter.portal.PortalAnswer.AwaitPrerequisite;
import vn.txng.adapter.portal.PortalAnswer.ConnectionFault;
import vn.txng.adapter.portal.PortalAnswer.Delivered;
import vn.txng.adapter.portal.PortalAnswer.Rejected;
import vn.txng.adapter.portal.PortalAnswer.RetryLater;

/** Turns the portal's HTTP answer into a {@link PortalAnswer}, per PORTAL-API.md section 3. */
public final class PortalAnswerReader {

    private static final int MAX_REASON = 2000;

    private PortalAnswerReader() {
    }

    /** {@code status} is never 401: the client handles that itself. */
    static PortalAnswer read(int status, String retryAfterHeader, byte[] rawBody) {
        JsonNode body = PortalJson.parseOrNull(rawBody);
        return switch (status) {
            case 200, 201 -> readOk(status, body, rawBody);
            case 400, 413, 422, 403 -> rejected(status, body, rawBody);
            // the upsert path itself is not there: the API base or the profile is wrong, not the record
            case 404 -> new ConnectionFault(ConnectionProblem.API_PATH_NOT_FOUND,
                    "the portal answered HTTP 404 (no such path): " + reason(status, body, rawBody));
            case 409 -> new AwaitPrerequisite("HTTP 409: " + reason(status, body, rawBody),
                    PortalProfile.missingKind(PortalJson.text(body, ANSWER_ERROR)));
            case 429 -> new RetryLater("HTTP 429: " + reason(status, body, rawBody), retryAfter(retryAfterHeader));
            // 5xx are transient; so are statuses the contract does not name (a gateway or profile mix-up loses nothing)
            default -> new RetryLater("HTTP " + status + ": " + reason(status, body, rawBody), null, status >= 500);
        };
    }

    private static PortalAnswer readOk(int status, JsonNode body, byte[] rawBody) {
        JsonNode success = body == null ? null : body.get(ANSWER_SUCCESS);
        if (success == null || !success.isBoolean()) {
            return new RetryLater("HTTP " + status + " with an unreadable body: " + snippet(rawBody), null);
        }
        if (!success.booleanValue()) {
            return notActivated(body) ? new ConnectionFault(ConnectionProblem.ORGANISATION_NOT_ACTIVATED,
                    "the portal answers " + PortalProfile.NOT_ACTIVATED_ERROR + " with a " + PortalProfile.NOT_ACTIVATED_DEBUG
                            + ": the organisation's profile is not activated") : rejected(status, body, rawBody);
        }
        JsonNode data = body.path(ANSWER_DATA);
        JsonNode id = data.get(ANSWER_ID);
        if (id == null || id.isNull() || id.isContainerNode()) {
            return new RetryLater("HTTP " + status + " success without data.id: " + snippet(rawBody), null);
        }
        return new Delivered(id.asText(), data.path(ANSWER_CREATED).asBoolean(true));
    }

    /** ERR_SYS_DEV naming a NullReferenceException: the organisation, not the record (PORTAL-API.md section 3). */
    static boolean notActivated(JsonNode body) {
        String debug = PortalJson.text(body, ANSWER_DEBUG_MESSAGE);
        String message = PortalJson.text(body, ANSWER_MESSAGE);
        return PortalProfile.NOT_ACTIVATED_ERROR.equals(PortalJson.text(body, ANSWER_ERROR))
                && ((debug != null && debug.contains(PortalProfile.NOT_ACTIVATED_DEBUG))
                || (message != null && message.contains(PortalProfile.NOT_ACTIVATED_DEBUG)));
    }

    private static Rejected rejected(int status, JsonNode body, byte[] rawBody) {
        String code = PortalJson.text(body, ANSWER_ERROR);
        return new Rejected(code == null || code.isBlank() ? "HTTP_" + status : code, reason(status, body, rawBody));
    }

    /** The portal's message followed by its field errors, e.g. {@code Invalid data: gtinCode: check digit}. */
    static String reason(int status, JsonNode body, byte[] rawBody) {
        if (body == null) {
            return rawBody == null || rawBody.length == 0 ? "HTTP " + status + " (no body)" : snippet(rawBody);
        }
        List<String> parts = new ArrayList<>();
        String message = PortalJson.text(body, ANSWER_MESSAGE);
        if (message == null) {
            message = PortalJson.text(body, ANSWER_DEBUG_MESSAGE);
        }
        if (message != null && !message.isBlank()) {
            parts.add(message);
        }
        for (JsonNode error : body.path(ANSWER_ERRORS)) {
            String field = PortalJson.text(error, ANSWER_FIELD);
            String fieldMessage = PortalJson.text(error, ANSWER_MESSAGE);
            parts.add((field == null ? "" : field + ": ") + (fieldMessage == null ? "" : fieldMessage));
        }
        String reason = parts.isEmpty() ? snippet(rawBody) : String.join("; ", parts);
        return truncate(reason);
    }

    /** Retry-After in delta-seconds (the contract's form); null when absent or in another form. */
    public static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private static String snippet(byte[] rawBody) {
        return rawBody == null ? "" : truncate(new String(rawBody, StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
    }
}
