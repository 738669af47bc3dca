package io.footfall.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sample malls and output readers shared by the simulator tests. */
final class SimFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimFixtures() {
    }

    static Path floorplans() {
        return Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans");
    }

    static FloorplanGeometry mall(String name) {
        return FloorplanGeometry.of(FloorplanJson.load(floorplans().resolve(name)));
    }

    static SimulationSummary run(FloorplanGeometry geo, SimulationSettings settings, Path dir) throws IOException {
        return new Simulation(geo, settings).run(new SimulationFiles(dir), done -> { });
    }

    static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String[]> csvRows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(","));
        }
        return rows;
    }
}
