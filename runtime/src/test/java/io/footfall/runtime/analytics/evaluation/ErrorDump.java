package io.footfall.runtime.analytics.evaluation;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Diagnostic: one CSV line per scored position (ts, device, person, error, true speed, estimated and true x/y),
 * to see where the errors of an analyze run come from. Args: TRUTH_DIR RESULTS_DIR OUT.csv
 */
public final class ErrorDump {
    public static void main(String[] args) throws Exception {
        Path truthDir = Path.of(args[0]);
        Path results = Path.of(args[1]);
        var key = ResultsEvaluation.addressKey(results);
        TruthTracks truth = TruthTracks.read(truthDir.resolve("truth.jsonl"), key);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            out.println("ts,device,person,err,speed,x,y,tx,ty");
            for (ResultsEvaluation.PositionLine p : ResultsEvaluation.PositionLine.readAll(results.resolve("positions.jsonl"))) {
                String person = truth.personOf(p.device());
                TruthTracks.Track t = person == null ? null : truth.tracks().get(person);
                double[] at = t == null ? null : t.at(p.ts(), 2000);
                if (at == null) {
                    continue;
                }
                double[] later = t.at(p.ts() + 1000, 2000);
                double speed = later == null ? 0 : Math.hypot(later[0] - at[0], later[1] - at[1]);
                out.printf("%d,%s,%s,%.2f,%.2f,%.1f,%.1f,%.1f,%.1f%n", p.ts(), p.device(), person,
                        Math.hypot(p.x() - at[0], p.y() - at[1]), speed, p.x(), p.y(), at[0], at[1]);
            }
        }
    }
}
