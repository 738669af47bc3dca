package io.footfall.runtime.connect;

/** What a network origin does when its bounded queue is full. */
public enum OverflowPolicy {
    /** Stop reading (the sender is slowed by TCP flow control or the broker's in-flight window). */
    BLOCK,
    /** Throw the message away, counted in the {@code dropped} metric and logged. */
    DROP
}
