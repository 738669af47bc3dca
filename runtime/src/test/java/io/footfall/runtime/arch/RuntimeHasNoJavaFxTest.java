package io.footfall.runtime.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeHasNoJavaFxTest {

    @Test
    void compiledRuntimeClassesDoNotTouchJavaFx() {
        JavaFxFreeCheck.noJavaFxRule().check(JavaFxFreeCheck.productionClasses("io.footfall.runtime"));
    }

    @Test
    void javaFxIsNotOnTheRuntimeClassPath() {
        assertThat(JavaFxFreeCheck.javaFxOnClassPath())
                .as("a dependency of runtime pulled JavaFX onto its class path").isFalse();
    }

    @Test
    void runtimeSourcesDoNotMentionJavaFx() {
        assertThat(JavaFxFreeCheck.javaFxMentions(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theSourceCheckCatchesAJavaFxImport() {
        List<String> hits = JavaFxFreeCheck.mentionsIn("Bad.java",
                List.of("package io.footfall.runtime;", "import javafx.scene.Node;", "class Bad {}"));
        assertThat(hits).containsExactly("Bad.java:2: import javafx.scene.Node;");
    }

    @Test
    void theBytecodeRuleRejectsAClassThatUsesADesktopToolkit() {
        // JavaFX is (rightly) absent here, so prove the rule's teeth with the same rule shape on AWT.
        var classes = new ClassFileImporter().importClasses(UsesAwt.class);
        assertThatThrownBy(() -> com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesAwt");
    }

    static final class UsesAwt {
        java.awt.Point point = new java.awt.Point(1, 2);
    }
}
