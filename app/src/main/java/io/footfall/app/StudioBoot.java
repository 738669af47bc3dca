package io.footfall.app;

import io.footfall.runtime.cli.Main;

/**
 * Main class of {@code ./footfall studio} (and of the installed studio's child JVM, {@link StudioMain}). When the
 * command line is plainly the studio's ({@code studio} or {@code studio FILE}, FILE an existing file, a display to
 * open on: {@link StudioLauncher#startEarly}) the studio starts at once and the CLI is never loaded: picocli's
 * reflection and the scan for subcommands were 0.4-0.6 s of the main thread's CPU before the toolkit could start
 * (BENCHMARKS.md "Studio", session 7), and there is nothing left for them to check. Anything else (options, help, a
 * missing file, no display) goes to the CLI as {@link Main} runs it, which parses, reports and starts the studio.
 */
public final class StudioBoot {
    private StudioBoot() {
    }

    public static void main(String[] args) {
        if (StudioLauncher.startEarly(args)) {
            System.exit(StudioLauncher.launch(null));
        }
        Main.main(args);
    }
}
