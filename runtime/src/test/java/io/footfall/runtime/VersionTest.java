package io.footfall.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void theBuildStampsTheJvmFlagsTheProductStartsItsOwnJvmsWith() {
        assertThat(Version.jvmFlags()).contains("--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED").noneMatch(f -> f.contains("${"));
    }
}
