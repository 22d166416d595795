package vn.txng.adapter.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.txng.adapter.model.ErrorDeclaration;

/**
 * One EPCIS 2.0 event as the writers put it out, in the JSON-LD vocabulary: CBV values by their short names
 * ({@code shipping}, {@code po}, {@code location}), other vocabularies by their full URI; identifiers as GS1 Digital
 * Link URIs. {@code action} is null for a {@link Type#TRANSFORMATION}, whose {@code quantities} are its outputs. The
 * {@code ilmd} keys are {@code cbvmda:} names. {@code epcs} are the instance-level objects (serialised items, logistic
 * units): an {@code ObjectEvent}'s {@code epcList}, a transformation's {@code outputEPCList}. {@code errorDeclaration}
 * is null unless the event was declared erroneous (the same event, same eventID, with the declaration added). Lists and
 * maps are never null.
 */
public record EpcisEvent(
        Type type,
        String eventId,
        OffsetDateTime time,
        String action,
        List<String> epcs,
        String bizStep,
        String bizLocation,
        List<Quantity> quantities,
        List<String> inputEpcs,
        List<Quantity> inputQuantities,
        List<BizTransaction> bizTransactions,
        List<String> destinations,
        Map<String, String> ilmd,
        ErrorDeclaration errorDeclaration) {

    /** The two event types the adapter writes. */
    public enum Type {
        OBJECT("ObjectEvent"),
        TRANSFORMATION("TransformationEvent");

        private final String element;

        Type(String element) {
            this.element = element;
        }

        /** The event's {@code type} in JSON-LD and its element name in XML. */
        public String element() {
            return element;
        }
    }

    /** A class-level quantity: {@code epcClass} a Digital Link URI, {@code quantity} optional, {@code uom} a UN/ECE Rec 20 code or null (a count). */
    public record Quantity(String epcClass, BigDecimal quantity, String uom) {
    }

    /** A business transaction: {@code type} a CBV short name ({@code po}) or null (any other), {@code id} a URI. */
    public record BizTransaction(String type, String id) {
    }

    public EpcisEvent {
        epcs = List.copyOf(epcs);
        quantities = List.copyOf(quantities);
        inputEpcs = List.copyOf(inputEpcs);
        inputQuantities = List.copyOf(inputQuantities);
        bizTransactions = List.copyOf(bizTransactions);
        destinations = List.copyOf(destinations);
        // insertion order kept: the writers put the ILMD out as given
        ilmd = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ilmd));
    }
}
