package io.footfall.spark.submit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds the jar a pipeline needs on a Spark cluster: the Footfall runtime and Spark module and the few
 * libraries they use that Spark does not bring (expressions, histograms, CLI, MQTT client), merged into one
 * jar; ServiceLoader files are concatenated so every stage library is still found on the executors.
 */
public final class ApplicationJar {

    /** Classes whose jars (or class folders) go into the application jar. */
    private static final List<String> ANCHORS = List.of(
            "io.footfall.runtime.api.Record",
            "io.footfall.spark.SparkEvaluator",
            "org.apache.commons.jexl3.JexlEngine",
            "org.HdrHistogram.Histogram",
            "picocli.CommandLine",
            "org.eclipse.paho.client.mqttv3.MqttClient",
            "org.eclipse.paho.mqttv5.client.MqttClient");

    private ApplicationJar() {
    }

    /** The class path entries (jars or folders) that hold the anchor classes available here. */
    static Set<Path> sources() {
        Set<Path> out = new LinkedHashSet<>();
        for (String anchor : ANCHORS) {
            try {
                Class<?> c = Class.forName(anchor, false, ApplicationJar.class.getClassLoader());
                out.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException optional) {
                // A library this distribution does not carry is one the pipeline cannot use either.
            } catch (java.net.URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot locate the jar of " + anchor, e);
            }
        }
        return out;
    }

    public static Path build(Path jar) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        Map<String, StringBuilder> services = new LinkedHashMap<>();
        Set<String> written = new LinkedHashSet<>();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Created-By", "footfall submit");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            written.add("META-INF/MANIFEST.MF");
            for (Path source : sources()) {
                if (Files.isDirectory(source)) {
                    try (Stream<Path> files = Files.walk(source)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            String name = source.relativize(f).toString().replace('\\', '/');
                            try (InputStream in = Files.newInputStream(f)) {
                                add(out, name, in, written, services);
                            }
                        }
                    }
                } else {
                    try (JarFile source1 = new JarFile(source.toFile())) {
                        for (JarEntry e : java.util.Collections.list(source1.entries())) {
                            if (!e.isDirectory()) {
                                try (InputStream in = source1.getInputStream(e)) {
                                    add(out, e.getName(), in, written, services);
                                }
                            }
                        }
                    }
                }
            }
            for (Map.Entry<String, StringBuilder> s : services.entrySet()) {
                out.putNextEntry(new JarEntry(s.getKey()));
                out.write(s.getValue().toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, InputStream in, Set<String> written,
                            Map<String, StringBuilder> services) throws IOException {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                || upper.endsWith(".DSA") || upper.equals("MODULE-INFO.CLASS") || upper.startsWith("META-INF/VERSIONS/")) {
            return;
        }
        if (name.startsWith("META-INF/services/")) {
            services.computeIfAbsent(name, n -> new StringBuilder())
                    .append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            return;
        }
        if (!written.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        in.transferTo(out);
        out.closeEntry();
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
