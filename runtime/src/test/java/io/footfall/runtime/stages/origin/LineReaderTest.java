package io.footfall.runtime.stages.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
    @TempDir
    Path dir;

    @Test
    void findsEveryLineEndWhateverTheLineLengthsAndPositions() throws Exception {
        Random random = new Random(3);
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            int length = random.nextInt(i % 100 == 0 ? 300 : 20);
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < length; j++) {
                // Besides letters: bytes next to '\n' (0x0B, 0x0C) and a character whose UTF-8 form ends in 0x8A.
                line.append(switch (random.nextInt(4)) {
                    case 0 -> (char) (0x0B + random.nextInt(2));
                    case 1 -> '\u010A';
                    default -> (char) ('a' + random.nextInt(26));
                });
            }
            lines.add(line.toString());
            text.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        Path file = Files.writeString(dir.resolve("lines.txt"), text);
        List<String> read = new ArrayList<>();
        long lastPosition = 0;
        try (LineReader reader = new LineReader(file, 0, 1 << 20)) {
            while (reader.next(true)) {
                read.add(new String(reader.lineBuffer(), reader.lineStart(), reader.lineLength(), StandardCharsets.UTF_8));
                assertThat(reader.position()).isGreaterThan(lastPosition);
                lastPosition = reader.position();
            }
        }
        assertThat(read).isEqualTo(lines);
        assertThat(lastPosition).isEqualTo(Files.size(file));
    }
}
