package io.footfall.app;

/**
 * Main class of the installed studio's launcher ({@code footfall-studio}, installers/): runs {@code footfall studio}
 * from the user's class-data archive ({@link UserClassDataArchive}), in a child JVM; the parent only waits. Loads
 * nothing of the CLI before that decision.
 */
public final class StudioMain {
    private StudioMain() {
    }

    public static void main(String[] args) {
        Integer status = UserClassDataArchive.runInChild(StudioMain.class.getName(), args).orElse(null);
        if (status != null) {
            System.exit(status);
        }
        StudioBoot.main(args);
    }
}
