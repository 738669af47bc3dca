package io.footfall.app;

import io.footfall.runtime.cli.Main;

/**
 * Main class of {@code ./footfall studio} (and of the installed studio's child JVM, {@link StudioMain}): starts the
 * studio's window before the CLI is loaded when the command line is plainly the studio's ({@link
 * StudioLauncher#startEarly}), then runs the CLI as {@link Main} does, which parses it, reports what is wrong with
 * it, and waits for the studio.
 */
public final class StudioBoot {
    private StudioBoot() {
    }

    public static void main(String[] args) {
        StudioLauncher.startEarly(args);
        Main.main(args);
    }
}
