package vn.txng.adapter.ingest.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import vn.txng.adapter.ingest.ByteOrderMark;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.MergedLot;
import vn.txng.adapter.ingest.RecordReader;
import vn.txng.adapter.ingest.UnreadableFileException;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcePosition;
import vn.txng.adapter.model.SourcedRecord;
import vn.txng.adapter.model.TraceRecord;

/**
 * Streams the records of an EDIFACT or X12 file. StAEDI checks the envelopes (counts and
 * references); each message goes to the mapper of its type, segment by segment. A message's
 * records are held until its trailer confirms it (see {@link MessageHold}); a faulty message is
 * rejected whole and the file's other messages still flow. A file that breaks off fails: the
 * messages confirmed before the break stand, the interrupted one is not taken.
 */
public final class EdiRecordReader implements RecordReader {

    static final int MESSAGE_HOLD_LIMIT = 10_000;

    private final String fileName;
    private final FileReport report;
    private final InputStream in;
    private final EdiStandard standard;
    private final EDIStreamReader edi;
    private final boolean charsetOverridden;
    private final Charset fileCharset;
    /** Null when the file's separators could not be read ahead (the parser then says what is wrong). */
    private final SegmentTerminatorWatch watch;
    /** Null when the file's terminator could not be read ahead. */
    private final LastTerminator lastTerminator;
    private final EdiSegment segment = new EdiSegment();
    private final Deque<SourcedRecord> ready = new ArrayDeque<>();
    private final MessageHold hold = new MessageHold(MESSAGE_HOLD_LIMIT);
    private final List<Rejection> messageProblems = new ArrayList<>(0);
    private final EdiEnvelope envelope = new EdiEnvelope();
    private final Sink sink = new Sink();
    private final ElementText elementText = new ElementText();
    private final SegmentTags tags = new SegmentTags();
    private final DespatchEvents events;
    /** The open interchange's sender: the first part of a despatch advice's event key. */
    private String sender;
    private MessageMapper mapper;
    private boolean capturing;
    private boolean ended;

    private EdiRecordReader(InputStream in, String fileName, FileReport report, EdiStandard standard,
                            Charset charset, boolean overridden, DespatchEvents events) {
        this.in = in;
        this.events = events;
        this.watch = in instanceof ScannedInput scanned ? scanned.watch() : null;
        this.lastTerminator = in instanceof ScannedInput scanned ? scanned.lastTerminator() : null;
        this.fileName = fileName;
        this.report = report;
        this.standard = standard;
        this.fileCharset = charset;
        this.charsetOverridden = overridden;
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // we check the syntax identifier ourselves: StAEDI's v3 code list refuses UNOW/UNOY under version 3
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        try {
            this.edi = factory.createEDIStreamReader(in, charset.name());
        } catch (EDIStreamException e) {
            throw new UnreadableFileException("EDI_MALFORMED", SourcePosition.of(fileName, 0, null), e.getMessage(), e);
        }
    }

    /** An EDIFACT reader; {@code charsetOverride} (may be null) wins over the declared syntax identifier. */
    public static EdiRecordReader edifact(InputStream in, String fileName, FileReport report, Charset charsetOverride) {
        return edifact(in, fileName, report, charsetOverride, DespatchEvents.DEFAULT);
    }

    /** As above; a DESADV's shipping event is made as {@code events} says. */
    public static EdiRecordReader edifact(InputStream in, String fileName, FileReport report, Charset charsetOverride,
                                          DespatchEvents events) {
        String syntax;
        try {
            ByteOrderMark.skip(in); // also when the caller did not: a BOM is never part of the interchange
            UnaServiceCharacters.check(in, fileName, (rest, scratch) -> edifact(rest, fileName, scratch, charsetOverride, events));
            UnaSpaceCheck.check(in, fileName);
            syntax = EdiCharsets.peekSyntax(in);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        Charset declared = EdiCharsets.forSyntax(syntax);
        if (charsetOverride == null && syntax != null && declared == null) {
            throw new UnreadableFileException("EDI_UNKNOWN_CHARSET", SourcePosition.of(fileName, 1, "UNB"), "UNB S001.0001 '"
                    + syntax + "' is not a syntax identifier this adapter reads (UNOA, UNOB, UNOC ... UNOW, UNOY); set the source's EDI charset", null);
        }
        Charset charset = charsetOverride != null ? charsetOverride : declared == null ? StandardCharsets.ISO_8859_1 : declared;
        try {
            return new EdiRecordReader(SegmentTerminatorWatch.edifact(in, charset), fileName, report, new EdifactStandard(),
                    charset, charsetOverride != null, events);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** An X12 reader: ISO-8859-1 unless the source overrides it (X12 declares no character set). */
    public static EdiRecordReader x12(InputStream in, String fileName, FileReport report, Charset charsetOverride) {
        return x12(in, fileName, report, charsetOverride, DespatchEvents.DEFAULT);
    }

    /** As above; an 856's shipping event is made as {@code events} says. */
    public static EdiRecordReader x12(InputStream in, String fileName, FileReport report, Charset charsetOverride,
                                      DespatchEvents events) {
        Charset charset = charsetOverride == null ? StandardCharsets.ISO_8859_1 : charsetOverride;
        try {
            ByteOrderMark.skip(in);
            return new EdiRecordReader(SegmentTerminatorWatch.x12(in, charset), fileName, report, new X12Standard(), charset,
                    charsetOverride != null, events);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    private static UnreadableFileException unreadable(String fileName, IOException e) {
        return new UnreadableFileException("FILE_UNREADABLE", SourcePosition.of(fileName, 0, null), e.getMessage(), e);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !ended) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public SourcedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void step() {
        EDIStreamEvent event;
        try {
            if (!edi.hasNext()) {
                ended = true;
                warnOfAddedTerminator();
                if (envelope.inInterchange() || envelope.inMessage() || fault() != null) {
                    throw broken(null);
                }
                return;
            }
            event = edi.next();
        } catch (EDIStreamException e) {
            throw broken(e);
        }
        switch (event) {
            case START_INTERCHANGE -> envelope.startInterchange();
            case END_INTERCHANGE -> envelope.endInterchange();
            case START_SEGMENT -> startSegment();
            case ELEMENT_DATA -> {
                if (capturing) {
                    Location at = edi.getLocation();
                    // the characters are copied, not made a String: most elements are never read
                    segment.put(at.getElementPosition(), at.getComponentPosition(), elementText);
                }
            }
            case END_SEGMENT -> endSegment();
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> envelopeError();
            default -> {
                // groups, composites and loops need no action: positions come from the location
            }
        }
    }

    private void startSegment() {
        String tag = tags.tag(edi);
        envelope.segment(edi.getLocation().getSegmentPosition(), tag, tag.equals(standard.messageHeader()));
        segment.start(tag);
        capturing = tags.envelope(standard, tag) || (mapper != null && tags.wants(mapper, tag));
    }

    private void endSegment() {
        String tag = segment.tag();
        if (tag.equals(standard.interchangeHeader())) {
            openInterchange();
        } else if (tag.equals(standard.messageHeader())) {
            openMessage();
        } else if (tag.equals(standard.messageTrailer())) {
            closeMessage();
        } else if (tag.equals("GS")) {
            envelope.startGroup(segment.value(8));
        } else if (mapper != null && capturing) {
            mapper.segment(segment, sink);
        }
    }

    private void openInterchange() {
        envelope.interchangeReference(standard.interchangeReference(segment));
        sender = standard.interchangeSender(segment);
        String syntax = standard.syntaxIdentifier(segment);
        if (charsetOverridden || syntax == null) {
            return;
        }
        Charset declared = EdiCharsets.forSyntax(syntax);
        if (declared == null || !declared.equals(fileCharset)) {
            envelope.skipInterchange();
            report.reject(new Rejection("EDI_CHARSET_MIXED", here(), "UNB S001.0001", "this interchange declares " + syntax
                    + " but the file was decoded as " + fileCharset.name() + " (from its first UNB); its messages are skipped. Send one character set per file"));
        }
    }

    private void openMessage() {
        envelope.startMessage(standard.messageReference(segment), standard.messageType(segment));
        messageProblems.clear();
        hold.reset();
        if (envelope.interchangeSkipped()) {
            return;
        }
        MapperChoice choice = standard.mapperFor(segment, envelope.groupVersion(), events, sender);
        mapper = choice.mapper();
        if (mapper == null) {
            report.reject(new Rejection(choice.code(), here(), choice.field(), choice.reason()));
        }
    }

    private void closeMessage() {
        if (faultReached()) {
            throw terminatorFault(fault()); // this message ran segments together: none of it can be trusted
        }
        if (mapper != null) {
            mapper.end(sink);
            if (messageProblems.isEmpty()) {
                mapper.confirmed(sink);
                hold.confirm(ready);
            } else {
                if (hold.released() > 0) {
                    report.warn(here() + ": " + hold.released() + " records of this message were handed on before its trailer showed it faulty (messages over "
                            + MESSAGE_HOLD_LIMIT + " lines stream); they stand");
                }
                hold.withdraw(List.copyOf(messageProblems), report);
            }
        }
        mapper = null;
        envelope.endMessage();
    }

    private void envelopeError() {
        if (faultReached()) {
            throw terminatorFault(fault()); // one error for the cause, not one for every segment run together
        }
        Location at = edi.getLocation();
        EDIStreamValidationError type = edi.getErrorType();
        String tag = segment.tag();
        String text = edi.hasText() ? edi.getText() : "";
        String field = standard.field(tag, at.getElementPosition(), at.getComponentPosition(), edi.getReferenceCode());
        Rejection problem = switch (type) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> new Rejection("EDI_" + tag + "_COUNT", here(), field,
                    tag + " counts " + text + " but " + envelope.actualCount(tag, standard.messageTrailer()));
            case CONTROL_REFERENCE_MISMATCH -> new Rejection("EDI_REFERENCE_MISMATCH", here(), field,
                    tag + " reference '" + text + "' does not match the reference of its header");
            default -> new Rejection("EDI_SYNTAX", here(), field, type.name().toLowerCase().replace('_', ' ') + (text.isEmpty() ? "" : " ('" + text + "')"));
        };
        if (envelope.inMessage()) {
            messageProblems.add(problem);
        } else {
            report.reject(problem);
        }
    }

    private void warnOfAddedTerminator() {
        if (lastTerminator != null && lastTerminator.added()) {
            report.warn(new Rejection("EDI_LAST_TERMINATOR_MISSING", here(), null, "the file's last segment, " + segment.tag()
                    + ", ends without its terminator (" + lastTerminator.terminatorShown() + "); it was read as if it had one").toString());
        }
    }

    private SegmentTerminatorWatch.Fault fault() {
        return watch == null ? null : watch.fault();
    }

    /** A fault the parser has read up to (the watch sees a buffer ahead of it). */
    private boolean faultReached() {
        SegmentTerminatorWatch.Fault fault = fault();
        return fault != null && fault.characters() <= edi.getLocation().getCharacterOffset();
    }

    private UnreadableFileException terminatorFault(SegmentTerminatorWatch.Fault fault) {
        ended = true;
        String reason = "the segment ending at byte " + fault.offset() + " of the file has " + fault.reason() + ", so the"
                + " segments after it run together and cannot be read; messages confirmed before it are taken. End every"
                + " segment with the interchange's terminator and send the file again";
        if (envelope.inMessage() && mapper != null) {
            hold.withdraw(List.of(new Rejection("EDI_SEGMENT_TERMINATOR", here(), null, reason)), report);
        }
        return new UnreadableFileException("EDI_SEGMENT_TERMINATOR", here(), reason, null);
    }

    private UnreadableFileException broken(EDIStreamException e) {
        if (e == null ? fault() != null : faultReached()) {
            return terminatorFault(fault());
        }
        ended = true;
        boolean endOfFile = e == null || String.valueOf(e.getMessage()).startsWith("EDIE005");
        String code;
        String reason;
        if (endOfFile && envelope.inMessage()) {
            code = "EDI_TRUNCATED";
            reason = "the file ends inside this message; its records are not taken (the messages before it are)";
        } else if (endOfFile) {
            code = "EDI_" + standard.interchangeHeader() + "_NOT_CLOSED";
            reason = "the file ends without the trailer that closes this interchange; the messages before it are taken";
        } else {
            code = "EDI_MALFORMED";
            reason = "the file is not well-formed " + standard.interchangeHeader().replace("UNB", "EDIFACT").replace("ISA", "X12") + ": " + e.getMessage();
        }
        if (envelope.inMessage() && mapper != null) {
            hold.withdraw(List.of(new Rejection(code, here(), null, reason)), report);
        }
        return new UnreadableFileException(code, here(), reason, e);
    }

    private SourcePosition here() {
        return SourcePosition.of(fileName, envelope.fileSegment(), envelope.locator(standard));
    }

    @Override
    public void close() {
        try {
            edi.close();
        } catch (IOException e) {
            // a read stream: nothing written could be lost
        }
        try {
            in.close();
        } catch (IOException e) {
            // as above
        }
    }

    /** The current element's characters, straight from StAEDI's buffer. */
    private final class ElementText implements EdiSegment.CharSource {

        private int start;

        @Override
        public int length() {
            // StAEDI's "length" is its buffer's limit: the text runs from the start to there
            start = edi.getTextStart();
            return edi.getTextLength() - start;
        }

        @Override
        public void copy(char[] target, int targetStart, int length) {
            if (start == 0) {
                edi.getTextCharacters(0, target, targetStart, length);
            } else {
                // getTextCharacters counts from the array's start, not the text's: copy the String instead
                edi.getText().getChars(0, length, target, targetStart);
            }
        }
    }

    /** What mappers hand their lines to. */
    private final class Sink implements MessageSink {

        @Override
        public SourcePosition here() {
            return EdiRecordReader.this.here();
        }

        @Override
        public void accept(TraceRecord record, SourcePosition at) {
            report.recordRead();
            hold.add(new SourcedRecord(record, at), ready);
        }

        @Override
        public void reject(List<Rejection> reasons) {
            report.recordRead();
            report.reject(reasons);
        }

        @Override
        public void warn(Rejection warning) {
            report.warn(warning.toString());
        }

        @Override
        public void merged(LotRecord lot, SourcePosition at, int lines) {
            report.merged(new MergedLot(lot.gtin(), lot.lotNumber(), lines, at));
        }
    }
}
