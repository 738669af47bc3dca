package io.footfall.runtime.api;

import java.util.Map;

/**
 * Migrates a stage's stored configuration from one version to the next (renames, new defaults,
 * split settings), so pipeline files written by older releases keep working.
 */
@FunctionalInterface
public interface ConfigUpgrader {

    /** Changes {@code config} (a mutable copy) from {@code fromVersion} to {@code fromVersion + 1}. */
    void upgrade(Map<String, Object> config);
}
