package vn.txng.adapter.ingest;

import java.util.Collection;
import java.util.Set;

/** Where `validate` asks which lots were staged before (the outbox); {@link #NONE}: nowhere. */
@FunctionalInterface
public interface KnownLots {

    KnownLots NONE = lotKeys -> Set.of();

    /** Which of the lot business keys ({@code <GTIN-14>/<lot>}) are staged. */
    Set<String> known(Collection<String> lotKeys);
}
