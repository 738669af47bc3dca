package io.footfall.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product version, stamped into the runtime jar by the build. */
public final class Version {
    private static final Properties BUILD = load();
    private static final String VERSION = BUILD.getProperty("version", "unknown");

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /**
     * The JVM flags the product runs with (the root POM's footfall.jvm.flags, the one list the launcher, the tests
     * and every JVM the product starts itself share).
     */
    public static java.util.List<String> jvmFlags() {
        String flags = BUILD.getProperty("jvmFlags", "").strip();
        return flags.isEmpty() ? java.util.List.of() : java.util.List.of(flags.split("\\s+"));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
