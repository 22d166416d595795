package vn.txng.adapter.ingest.edi;

import vn.txng.adapter.model.SourcePosition;

/**
 * A package identification group of a DESADV line: a {@code PCI} segment and the DTM, QTY, GIN and
 * GIR after it up to the next PCI, LIN or CPS. Its batches take its dates and, when it names just
 * one, its quantity. {@code marking} is the PCI's marking instructions code (4233, e.g. 36E, 33E,
 * 17), kept as given: any code is accepted, none is required, and it is not sent (the portal has no
 * field for it); it names the group in error messages.
 */
final class PackageGroup extends LotFacts {

    final SourcePosition position;
    final String marking;

    PackageGroup(SourcePosition position, String marking) {
        this.position = position;
        this.marking = marking;
    }

    /** "segment 12 PCI+36E": the group as a person finds it in the message. */
    String label() {
        return LotLine.segmentOf(position) + (marking == null ? "" : "+" + marking);
    }
}
