package io.footfall.runtime.api;

import java.util.List;

/**
 * A set of stage types, discovered with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/io.footfall.runtime.api.StageLibrary} and a jar dropped on the class path
 * shows up in the runtime, the studio's palette and the CLI.
 */
public interface StageLibrary {

    /** A short name for the library, shown in the studio and the docs. */
    String name();

    List<StageDefinition> stages();
}
