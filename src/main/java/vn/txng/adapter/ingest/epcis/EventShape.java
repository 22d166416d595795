package vn.txng.adapter.ingest.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;

/**
 * The checks of an event's shape that hold whatever syntax it came in (GS1 EPCIS 2.0, sections 7.4 and 9): one of the
 * five event types, an {@code action} of {@code ADD}, {@code OBSERVE} or {@code DELETE} (every type but
 * {@code TransformationEvent}), and every {@code quantity} of a quantity list a number. Fields are named by their JSON
 * pointer within the event ({@code quantityList/0/quantity}). What the values mean (times, codes, steps) is the
 * mapper's to check.
 */
final class EventShape {

    /** The event types of EPCIS 2.0, by their JSON-LD {@code type} and XML element names. */
    static final Set<String> TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent",
            "AssociationEvent");
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");
    private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList", "inputQuantityList",
            "outputQuantityList");

    private EventShape() {
    }

    static List<Rejection> problems(ObjectNode event, SourcePosition at) {
        List<Rejection> problems = new ArrayList<>(0);
        String type = event.path("type").asText("");
        if (!TYPES.contains(type)) {
            problems.add(new Rejection("EPCIS_UNKNOWN_EVENT_TYPE", at, "type", "the event type '" + type
                    + "' is not one of EPCIS 2.0's: ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent"));
            return problems;
        }
        if (!type.equals("TransformationEvent")) {
            JsonNode action = event.get("action");
            if (action == null || !ACTIONS.contains(action.asText())) {
                problems.add(new Rejection("EPCIS_UNKNOWN_ACTION", at, "action", (action == null ? "the " + type + " has no action"
                        : "the action '" + action.asText() + "' is unknown") + "; EPCIS allows ADD, OBSERVE or DELETE"));
            }
        }
        for (String list : QUANTITY_LISTS) {
            JsonNode elements = event.get(list);
            if (elements == null) {
                continue;
            }
            if (!elements.isArray()) {
                problems.add(new Rejection("EPCIS_NOT_A_LIST", at, list, list + " must be a list of quantity elements"));
                continue;
            }
            for (int i = 0; i < elements.size(); i++) {
                JsonNode quantity = elements.get(i).get("quantity");
                if (quantity != null && !quantity.isNumber()) {
                    problems.add(new Rejection("EPCIS_QUANTITY_NOT_NUMBER", at, list + "/" + i + "/quantity",
                            "the quantity '" + quantity.asText() + "' is not a number; EPCIS quantities are decimal numbers (12, 12.5)"));
                }
            }
        }
        return problems;
    }
}
