package io.footfall.runtime.stages.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.footfall.runtime.api.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesParserTest {
    @TempDir
    Path dir;

    /** Every line through one parser, as the file origin does; a bad line's failure is kept as a string. */
    private List<Object> parseAll(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("x.jsonl"), text);
        JsonLinesParser parser = new JsonLinesParser();
        List<Object> out = new ArrayList<>();
        try (LineReader reader = new LineReader(file, 0, 1 << 20)) {
            while (reader.next(true)) {
                try {
                    Field f = parser.parse(reader, reader.lineBuffer(), reader.lineStart(), reader.lineLength());
                    out.add(f.type() == Field.Type.MAP && f.asMap().get("n") != null ? f.asMap().get("n").asLong() : f.toJava());
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    out.add("bad");
                }
            }
        }
        return out;
    }

    @Test
    void readsEachLineAsItsOwnObject() throws Exception {
        assertThat(parseAll("{\"n\":1}\n  {\"n\":2}  \n{\"n\":3}")).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aBadLineDoesNotDisturbTheLinesAroundIt() throws Exception {
        assertThat(parseAll("{\"n\":1}\n{\"n\":\n{\"n\":3}\n{\"n\":4} {\"n\":5}\n{\"n\":6}\n \n{\"n\":7}\n[8]\n{\"n\":9}\n"))
                .containsExactly(1L, "bad", 3L, "bad", 6L, "bad", 7L, List.of(8L), 9L);
    }

    @Test
    void anObjectSpreadOverTwoLinesIsTwoBadLines() throws Exception {
        assertThat(parseAll("{\"n\":1}\n{\"n\":\n2}\n{\"n\":3}\n")).containsExactly(1L, "bad", "bad", 3L);
    }

    @Test
    void theSingleLinePathStillNamesTheProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("y.jsonl"), "{\"a\":tru}\n");
        try (LineReader reader = new LineReader(file, 0, 1024)) {
            reader.next(true);
            assertThatThrownBy(() -> new JsonLinesParser().parse(reader, reader.lineBuffer(), reader.lineStart(),
                    reader.lineLength())).isInstanceOf(JsonProcessingException.class).hasMessageContaining("tru");
        }
    }
}
