package io.footfall.runtime.analytics;

/**
 * Field names of the records the analytics stages exchange. Sightings keep the names of CONTRACT section 2,
 * positions and visits the column names of section 4, so a record written as JSON is already in contract form.
 */
public final class AnalyticsFields {
    public static final String TS = "/ts";
    public static final String SENSOR = "/sensor";
    public static final String DEVICE = "/device";
    public static final String RSSI = "/rssi";
    public static final String KIND = "/kind";
    public static final String SEQ = "/seq";
    public static final String CHANNEL = "/channel";
    public static final String TX_POWER = "/txPower";
    /** Set by the anonymizer: whether the address as heard was a randomized (locally administered) one. */
    public static final String RANDOMIZED = "/randomized";

    public static final String X = "/x";
    public static final String Y = "/y";
    public static final String ZONE = "/zone";
    public static final String UNCERTAINTY = "/uncertainty";

    public static final String ENTER_TS = "/enter_ts";
    public static final String EXIT_TS = "/exit_ts";
    public static final String DWELL_S = "/dwell_s";

    private AnalyticsFields() {
    }
}
