package vn.txng.adapter.portal.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.txng.adapter.portal.PortalProfile;

/** The sandbox's JSON mapper and the portal's answer bodies. */
final class SandboxJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SandboxJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code {"success":true,"data":{"id":..,"created":..}}} */
    static ObjectNode stored(String id, boolean created) {
        ObjectNode answer = object().put(PortalProfile.ANSWER_SUCCESS, true);
        answer.putObject(PortalProfile.ANSWER_DATA).put(PortalProfile.ANSWER_ID, id).put(PortalProfile.ANSWER_CREATED, created);
        return answer;
    }

    /** The portal's error body: success false, error code, message, debugMessage, errorInFile, errors. */
    static ObjectNode failure(String error, String message, List<FieldError> fieldErrors) {
        ObjectNode answer = object()
                .put(PortalProfile.ANSWER_SUCCESS, false)
                .put(PortalProfile.ANSWER_ERROR, error)
                .put(PortalProfile.ANSWER_MESSAGE, message)
                .put(PortalProfile.ANSWER_DEBUG_MESSAGE, message);
        answer.putNull(PortalProfile.ANSWER_ERROR_IN_FILE);
        ArrayNode errors = answer.putArray(PortalProfile.ANSWER_ERRORS);
        fieldErrors.forEach(e -> errors.addObject()
                .put(PortalProfile.ANSWER_FIELD, e.field())
                .put(PortalProfile.ANSWER_MESSAGE, e.message()));
        return answer;
    }

    /** The live portal's answer for an organisation whose profile is not activated (PORTAL-API.md section 3). */
    static ObjectNode notActivated() {
        ObjectNode answer = object()
                .put(PortalProfile.ANSWER_SUCCESS, false)
                .put(PortalProfile.ANSWER_ERROR, PortalProfile.NOT_ACTIVATED_ERROR)
                .put(PortalProfile.ANSWER_MESSAGE, "Có lỗi xảy ra")
                .put(PortalProfile.ANSWER_DEBUG_MESSAGE, "System." + PortalProfile.NOT_ACTIVATED_DEBUG
                        + ": Object reference not set to an instance of an object.");
        answer.putNull(PortalProfile.ANSWER_ERROR_IN_FILE);
        return answer;
    }

    static Reply failureReply(int status, String error, String message) {
        return Reply.json(status, failure(error, message, List.of()));
    }
}
