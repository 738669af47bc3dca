package io.footfall.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int footfall(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    static String smallMall() {
        return Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans/small-mall.json").toString();
    }

    @Test
    void simulatesTheSmallMallAndPrintsASummary(@TempDir Path dir) {
        int status = footfall("simulate", "--floorplan", smallMall(), "--out", dir.toString(), "--duration", "5m",
                "--shoppers-per-hour", "2000", "--seed", "9");
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).matches("(?s)\\d+ shoppers, \\d+ staff, \\d+ devices, \\d+ sightings, .*simulated 0:05:00 in .* wall time.*\n");
        assertThat(dir.resolve("sightings.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("truth.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("visits.csv")).content().startsWith("person,zone,enter_ts,exit_ts\n");
    }

    @Test
    void aBadFloorplanExitsWithTwoAndTheExactProblem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(smallMall()))
                .replace("\"polygon\": [[10, 0], [160, 0], [160, 4], [10, 4]]", "\"polygon\": [[10, 0], [160, 0]]"));
        int status = footfall("simulate", "--floorplan", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(bad + ": $.zones[0].polygon: 2 points; a polygon needs at least 3\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingFloorplanOrABadDurationExitsWithTwo(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");
        assertThat(footfall("simulate", "--floorplan", missing.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(missing + ": $: cannot read the file");
        err.getBuffer().setLength(0);
        assertThat(footfall("simulate", "--floorplan", smallMall(), "--out", dir.toString(), "--duration", "5x")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("footfall simulate: '5x' is not a duration (e.g. 90s, 30m, 1h, 1h30m)\n");
        err.getBuffer().setLength(0);
        assertThat(footfall("simulate", "--floorplan", smallMall(), "--out", dir.toString(), "--fault", "melt:s-001:1")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("footfall simulate: fault 'melt:s-001:1': unknown kind 'melt' (offline, duplicate, delay)\n");
    }
}
