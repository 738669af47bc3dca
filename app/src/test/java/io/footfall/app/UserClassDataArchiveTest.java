package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UserClassDataArchive} with real child JVMs: the first run writes the archive when the child exits, the next
 * maps it, the child does not start another, and its exit status comes back.
 */
class UserClassDataArchiveTest {
    @TempDir
    Path cache;

    private final String classPath = System.getProperty("java.class.path");

    @AfterEach
    void restoreProperties() {
        System.clearProperty("footfall.cache.dir");
        System.setProperty("java.class.path", classPath);
    }

    @Test
    void firstRunWritesTheArchiveAndTheNextRunsFromIt() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa")),
                "this JDK has no default class-data archive");
        System.setProperty("footfall.cache.dir", cache.toString());
        // An archive is made from jars only (the installed app's class path); the test's has class folders.
        System.setProperty("java.class.path", jarOf(UserClassDataArchive.class, Child.class).toString());
        Path report = Child.report(ProcessHandle.current().pid());
        Files.deleteIfExists(report);

        assertThat(UserClassDataArchive.runInChild(Child.class.getName(), new String[] {"7"})).contains(7);
        List<String> first = Files.readAllLines(report);
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);
        assertThat(Files.size(archives.get(0))).isGreaterThan(100_000);
        assertThat(first).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + cache));
        assertThat(first).contains("child ran the work itself: true");

        assertThat(UserClassDataArchive.runInChild(Child.class.getName(), new String[] {"3"})).contains(3);
        List<String> second = Files.readAllLines(report);
        assertThat(second).contains("-XX:SharedArchiveFile=" + archives.get(0));
        assertThat(second).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(archives()).containsExactlyElementsOf(archives);
        Files.deleteIfExists(report);
    }

    @Test
    void theKeyChangesWhenAJarOnTheClassPathChanges() throws Exception {
        Path jar = cache.resolve("a.jar");
        Files.writeString(jar, "one");
        long before = UserClassDataArchive.key(jar.toString());
        Files.writeString(jar, "two, longer");
        assertThat(UserClassDataArchive.key(jar.toString())).isNotEqualTo(before);
    }

    /** A jar in the temporary folder with these classes (and their nested classes) from the build's class folders. */
    private Path jarOf(Class<?>... classes) throws Exception {
        Path jar = cache.getParent().resolve("cds-test-" + ProcessHandle.current().pid() + ".jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : classes) {
                Path folder = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path packageDir = folder.resolve(c.getPackageName().replace('.', '/'));
                String outer = c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0];
                try (Stream<Path> files = Files.list(packageDir)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().startsWith(outer)).toList()) {
                        out.putNextEntry(new java.util.jar.JarEntry(folder.relativize(f).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(f));
                        out.closeEntry();
                    }
                }
            }
        }
        jar.toFile().deleteOnExit();
        return jar;
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".jsa")).toList();
        }
    }

    /** The child JVM's main: writes its JVM options where the test finds them, exits with the status it is given. */
    public static final class Child {
        static Path report(long parentPid) {
            return Path.of(System.getProperty("java.io.tmpdir"), "footfall-cds-test-" + parentPid + ".txt");
        }

        public static void main(String[] args) throws IOException {
            boolean again = UserClassDataArchive.runInChild(Child.class.getName(), args).isPresent();
            List<String> lines = new java.util.ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
            lines.add("child ran the work itself: " + !again);
            Files.write(report(ProcessHandle.current().parent().orElseThrow().pid()), lines);
            System.exit(Integer.parseInt(args[0]));
        }
    }
}
