package vn.txng.adapter.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An EPCIS 2.0 {@code errorDeclaration} (EPCIS 2.0 section 7.4.1.3): the declared event is erroneous from
 * {@code declarationTime} on; {@code reason} a CBV error reason ({@code incorrect_data}) or any URI, or null;
 * {@code correctiveEventIds} the events that correct it, never null.
 */
public record ErrorDeclaration(OffsetDateTime declarationTime, String reason, List<String> correctiveEventIds) {

    public ErrorDeclaration {
        correctiveEventIds = correctiveEventIds == null ? List.of() : List.copyOf(correctiveEventIds);
    }
}
