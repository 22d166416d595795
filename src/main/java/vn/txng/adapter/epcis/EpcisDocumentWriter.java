package vn.txng.adapter.epcis;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes one EPCIS 2.0 {@code EPCISDocument} event by event: the document's start is written when the writer opens,
 * each {@link #write} puts one event out (nothing is kept), and {@link #close} ends the document and flushes, leaving
 * the stream open (the caller owns it).
 */
public interface EpcisDocumentWriter extends Closeable {

    /** Writes the event into the document's event list. */
    void write(EpcisEvent event) throws IOException;

    /** How many events were written. */
    long written();
}
