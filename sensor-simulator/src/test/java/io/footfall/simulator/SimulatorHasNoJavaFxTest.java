package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.arch.JavaFxFreeCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorHasNoJavaFxTest {

    @Test
    void compiledSimulatorClassesDoNotTouchJavaFx() {
        JavaFxFreeCheck.noJavaFxRule().allowEmptyShould(true)
                .check(JavaFxFreeCheck.productionClasses("io.footfall.simulator"));
    }

    @Test
    void javaFxIsNotOnTheSimulatorClassPath() {
        assertThat(JavaFxFreeCheck.javaFxOnClassPath()).isFalse();
    }

    @Test
    void simulatorSourcesDoNotMentionJavaFx() {
        assertThat(JavaFxFreeCheck.javaFxMentions(Path.of("src/main/java"))).isEmpty();
    }
}
