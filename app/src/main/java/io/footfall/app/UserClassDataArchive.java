package io.footfall.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data archive (AppCDS) of the studio's classes in the user's cache folder, for the installed app: its native
 * launcher (jpackage) can only pass fixed JVM options, and JDK 17 cannot create an archive on its own
 * (AutoCreateSharedArchive is JDK 19), so the studio's launcher starts the studio again in a child JVM with the archive
 * (or, the first time after an install or upgrade, with the options that write it when the studio closes), as
 * {@code ./footfall studio} does for a checkout. Without an archive each start reads and verifies some 7,500 classes
 * again (9 s instead of 5 s on this project's machine, BENCHMARKS.md "Studio"). The archive's name is a hash of the
 * JVM, the class path and the jars' sizes and dates, so an upgrade gets a new one; older ones are deleted.
 * {@code -Dfootfall.cache.dir} puts it elsewhere.
 */
final class UserClassDataArchive {
    /** Set in the child's environment: the child runs the studio itself. */
    static final String CHILD = "FOOTFALL_STUDIO_CDS_CHILD";

    private UserClassDataArchive() {
    }

    /**
     * Runs the studio in a child JVM with the archive and returns its exit status, or empty when this JVM should run
     * it itself: turned off ({@code FOOTFALL_NO_CDS}), already the child, no {@code java} beside this JVM, no cache
     * folder, or the child could not be started.
     */
    static Optional<Integer> runInChild(String mainClass, String[] args) {
        if (System.getenv(CHILD) != null || System.getenv("FOOTFALL_NO_CDS") != null) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "javaw.exe" : "java"); // javaw: no console window
        Path folder = cacheFolder();
        // A dynamic archive sits on top of the JDK's own (jlink --generate-cds-archive makes it for the installers).
        Path base = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
        if (!Files.isExecutable(java) || !Files.isRegularFile(base) || folder == null) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        Path archive = folder.resolve("studio-" + Long.toHexString(key(classPath)) + ".jsa");
        Path training = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        boolean exists = Files.isRegularFile(archive);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-Djava.class.path=")) {
                command.add(option);
            }
        }
        command.add(exists ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + training);
        command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(CHILD, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(child::destroy, "footfall-studio-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
        Runtime.getRuntime().removeShutdownHook(stopChild);
        if (!exists) {
            keep(training, archive);
        }
        return Optional.of(status);
    }

    /** Puts the written archive in place whole (a studio started meanwhile never maps half of one); drops older ones. */
    private static void keep(Path training, Path archive) {
        try {
            if (Files.isRegularFile(training) && Files.size(training) > 0) {
                Files.move(training, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (Stream<Path> old = Files.list(archive.getParent())) {
                    old.filter(p -> p.getFileName().toString().startsWith("studio-") && !p.equals(archive)
                            && p.getFileName().toString().endsWith(".jsa")).forEach(p -> p.toFile().delete());
                }
            } else {
                Files.deleteIfExists(training);
            }
        } catch (IOException e) {
            training.toFile().delete();
        }
    }

    /** What the archive was made from: this JVM and every class-path entry's path, size and date. */
    static long key(String classPath) {
        long h = (System.getProperty("java.home") + '|' + System.getProperty("java.vm.version")).hashCode();
        for (String entry : classPath.split(File.pathSeparator)) {
            File f = new File(entry);
            h = h * 31 + entry.hashCode();
            h = h * 31 + f.length();
            h = h * 31 + f.lastModified();
        }
        return h;
    }

    /** The user's cache folder for Footfall (XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows). */
    private static Path cacheFolder() {
        String os = System.getProperty("os.name", "");
        String home = System.getProperty("user.home");
        Path folder;
        if (System.getProperty("footfall.cache.dir") != null) {
            folder = Path.of(System.getProperty("footfall.cache.dir"));
        } else if (os.startsWith("Windows")) {
            String local = System.getenv("LOCALAPPDATA");
            folder = local == null ? null : Path.of(local, "Footfall", "cache");
        } else if (os.startsWith("Mac")) {
            folder = Path.of(home, "Library", "Caches", "io.footfall.studio");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            folder = xdg != null && !xdg.isEmpty() ? Path.of(xdg, "footfall") : Path.of(home, ".cache", "footfall");
        }
        try {
            return folder == null ? null : Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
