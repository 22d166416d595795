package vn.txng.adapter.identifier;

import java.util.Set;

/** The stable codes of {@link IdentifierError}; callers may switch on them, so never rename one. */
public final class ErrorCodes {
    public static final String EMPTY = "EMPTY";
    public static final String NOT_NUMERIC = "NOT_NUMERIC";
    public static final String BAD_LENGTH = "BAD_LENGTH";
    public static final String BAD_CHECK_DIGIT = "BAD_CHECK_DIGIT";
    public static final String BAD_CHARACTER = "BAD_CHARACTER";
    public static final String LOWER_CASE = "LOWER_CASE";
    public static final String UNKNOWN_AI = "UNKNOWN_AI";
    public static final String BAD_DATE = "BAD_DATE";
    public static final String BAD_TIME = "BAD_TIME";
    public static final String BAD_COUNTRY = "BAD_COUNTRY";
    public static final String BAD_CURRENCY = "BAD_CURRENCY";
    public static final String BAD_VALUE = "BAD_VALUE";
    public static final String BAD_SYNTAX = "BAD_SYNTAX";
    public static final String MISSING_SEPARATOR = "MISSING_SEPARATOR";
    public static final String UNKNOWN_SYMBOLOGY = "UNKNOWN_SYMBOLOGY";
    public static final String DUPLICATE_AI = "DUPLICATE_AI";
    public static final String MISSING_REQUIRED_AI = "MISSING_REQUIRED_AI";
    public static final String EXCLUDED_AI_PAIR = "EXCLUDED_AI_PAIR";
    public static final String BAD_DIGITAL_LINK = "BAD_DIGITAL_LINK";
    public static final String BAD_QUALIFIER_ORDER = "BAD_QUALIFIER_ORDER";
    public static final String NOT_A_DATA_ATTRIBUTE = "NOT_A_DATA_ATTRIBUTE";
    public static final String QUALIFIER_IN_QUERY = "QUALIFIER_IN_QUERY";
    public static final String RESTRICTED_CIRCULATION = "RESTRICTED_CIRCULATION";
    public static final String DEMO_PREFIX = "DEMO_PREFIX";
    public static final String UNALLOCATED_PREFIX = "UNALLOCATED_PREFIX";
    public static final String NOT_A_TRADE_ITEM = "NOT_A_TRADE_ITEM";
    public static final String UNKNOWN_IAC = "UNKNOWN_IAC";
    public static final String LONG_IDENTIFIER = "LONG_IDENTIFIER";
    public static final String BAD_ENVELOPE = "BAD_ENVELOPE";
    public static final String MISSING_25T = "MISSING_25T";
    public static final String SPACE_IN_VALUE = "SPACE_IN_VALUE";
    /** Warning: blanks around the brackets of a typed element string were dropped as layout. */
    public static final String SPACES_REMOVED = "SPACES_REMOVED";
    /** Warning: a lot or serial holds what reads as the next elements, as if a scan lost the GS after it. */
    public static final String POSSIBLE_MISSING_SEPARATOR = "POSSIBLE_MISSING_SEPARATOR";

    /**
     * The warnings about how the raw input was typed or scanned rather than about the key itself: a file's report
     * shows these; a key's prefix warnings (DEMO_PREFIX ...) it leaves to the identifiers command.
     */
    public static final Set<String> READING_WARNINGS = Set.of(SPACES_REMOVED, POSSIBLE_MISSING_SEPARATOR);

    private ErrorCodes() {
    }
}
