package vn.txng.adapter.outbox;

import java.time.Instant;

/**
 * An event an EPCIS errorDeclaration withdrew after the portal had it (issue 21): the portal has no withdrawal, so a
 * person corrects it there; {@code status} lists these.
 *
 * @param eventKey   the event's key (its eventID or CBV hash ID)
 * @param declaredAt when the declaration was read
 * @param file       the file that carried it
 */
public record DeclaredInError(String eventKey, Instant declaredAt, String file) {
}
