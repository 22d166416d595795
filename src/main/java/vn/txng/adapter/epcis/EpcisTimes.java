package vn.txng.adapter.epcis;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** EPCIS 2.0 times: {@code eventTime} always with seconds and an offset, {@code eventTimeZoneOffset} as {@code ±hh:mm}. */
final class EpcisTimes {

    private EpcisTimes() {
    }

    /** {@code 2026-11-21T08:30:00+07:00}: seconds always written (the XSD's DateTimeStamp requires them). */
    static String time(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** {@code +07:00}; UTC is {@code +00:00}, never {@code Z}. */
    static String offset(OffsetDateTime time) {
        ZoneOffset offset = time.getOffset();
        return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
    }
}
