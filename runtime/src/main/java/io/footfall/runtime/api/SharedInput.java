package io.footfall.runtime.api;

/**
 * Marks a processor or destination that only reads the records it is given: it does not change them, does
 * not put them on an output lane (what it emits are records of its own) and keeps nothing of them past its
 * call but their values. When a lane feeds several stages, the runner hands such stages the same record
 * objects instead of a copy each (a position feeding five aggregates is copied no more). A record such a
 * stage sends to the error stream is copied by the runner first, so its error header stays its own.
 */
public interface SharedInput {
}
