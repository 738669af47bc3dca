package io.footfall.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("sub/plan.json");
        AtomicFiles.write(file, "one".getBytes());
        assertThat(Files.readString(file)).isEqualTo("one");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, "two".getBytes());
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void analyticsOutputsAreWrittenThroughItAndReadableByOthers() throws Exception {
        Path file = dir.resolve("out/heatmap.json");
        io.footfall.runtime.analytics.output.OutputFiles.writeAtomically(file, "{}\n");
        assertThat(Files.readString(file)).isEqualTo("{}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
}
