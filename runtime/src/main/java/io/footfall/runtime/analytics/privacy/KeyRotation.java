package io.footfall.runtime.analytics.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** How often the anonymizer's key changes; a device's pseudonym is stable only within one period. */
public enum KeyRotation {
    DAILY, WEEKLY, NEVER;

    /** The label of the (UTC) period holding the timestamp; the key is derived from salt + this label. */
    public String period(long epochMillis) {
        LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAILY -> day.toString();
            case WEEKLY -> day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case NEVER -> "always";
        };
    }

    /** The first millisecond after the period holding the timestamp (Long.MAX_VALUE for NEVER). */
    public long periodEnd(long epochMillis) {
        LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAILY -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            case WEEKLY -> day.with(java.time.DayOfWeek.MONDAY).plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            case NEVER -> Long.MAX_VALUE;
        };
    }
}
