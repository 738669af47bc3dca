package io.footfall.runtime.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps JavaFX out of the headless modules (runtime, sensor-simulator): the server and the Spark
 * executors load them on machines without a display. Three independent checks, because a
 * dependency can sneak in through the POM, the bytecode or a source file.
 * Shared with other modules through the runtime test-jar.
 */
public final class JavaFxFreeCheck {
    private static final Pattern JAVAFX_REFERENCE = Pattern.compile("\\bjavafx\\.[a-z]");

    private JavaFxFreeCheck() {
    }

    /** ArchUnit over compiled classes of the given root package. */
    public static ArchRule noJavaFxRule() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("runtime and sensor-simulator run headless on servers and Spark executors");
    }

    public static JavaClasses productionClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** True when JavaFX can be loaded from the current class path (it must not be, in these modules). */
    public static boolean javaFxOnClassPath() {
        try {
            Class.forName("javafx.application.Platform", false, JavaFxFreeCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException expected) {
            return false;
        }
    }

    /** Source lines mentioning a javafx package, as "file:line: text". */
    public static List<String> javaFxMentions(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> mentionsIn(p).stream())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> mentionsIn(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return mentionsIn(file.toString(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> mentionsIn(String fileName, List<String> lines) {
        List<String> hits = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (JAVAFX_REFERENCE.matcher(lines.get(i)).find()) {
                hits.add(fileName + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return hits;
    }
}
