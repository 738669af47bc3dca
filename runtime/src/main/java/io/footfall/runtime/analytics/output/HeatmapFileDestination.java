package io.footfall.runtime.analytics.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.analytics.bus.AnalyticsBus.HeatmapFrame;
import io.footfall.runtime.analytics.heatmap.HeatmapFrames;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Writes heatmap.json (CONTRACT section 4) — {@code {"cellSize", "cols", "rows", "from", "to", "values"}} —
 * from the heatmap stage's frames: the whole-run frame when it arrives, otherwise the sum of the time-bucket
 * frames received (each already k-anonymised). Written once, when the pipeline stops.
 */
public final class HeatmapFileDestination extends AbstractStage implements Destination {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private Path file;
    private HeatmapFrame totalFrame;
    private HeatmapFrame summedBuckets;

    @Override
    protected void configure(StageConfig config) {
        file = OutputFiles.resolve(context(), config.getString("path"));
    }

    @Override
    public void write(Batch batch) throws StageException {
        for (Record r : batch.records()) {
            HeatmapFrame f = HeatmapFrames.fromRecord(context().instanceName(), r);
            if (f == null) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_HEATMAP",
                        "needs /cellSize, /cols, /rows, /from, /to and /values as rows × cols numbers");
            } else if (f.total()) {
                totalFrame = f;
            } else {
                summedBuckets = summedBuckets == null ? f : add(summedBuckets, f);
            }
        }
    }

    private static HeatmapFrame add(HeatmapFrame a, HeatmapFrame b) {
        if (a.cols() != b.cols() || a.rows() != b.rows() || a.cellSize() != b.cellSize()) {
            throw new IllegalArgumentException("heatmap frames of different grids cannot be summed: "
                    + a.cols() + "×" + a.rows() + " vs " + b.cols() + "×" + b.rows());
        }
        double[][] v = new double[a.rows()][a.cols()];
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.cols(); c++) {
                v[r][c] = a.values()[r][c] + b.values()[r][c];
            }
        }
        return new HeatmapFrame(a.stage(), Math.min(a.from(), b.from()), Math.max(a.to(), b.to()), a.cellSize(),
                a.cols(), a.rows(), v, false);
    }

    public static String toJson(HeatmapFrame f) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("cellSize", f.cellSize());
            g.writeNumberField("cols", f.cols());
            g.writeNumberField("rows", f.rows());
            g.writeNumberField("from", f.from());
            g.writeNumberField("to", f.to());
            g.writeFieldName("values");
            g.writeStartArray();
            for (double[] row : f.values()) {
                g.writeRaw("\n  ");
                g.writeStartArray();
                for (double v : row) {
                    if (v == Math.rint(v)) {
                        g.writeNumber((long) v);
                    } else {
                        g.writeNumber(v);
                    }
                }
                g.writeEndArray();
            }
            g.writeRaw("\n");
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.append('\n').toString();
    }

    @Override
    public void destroy() {
        HeatmapFrame f = totalFrame != null ? totalFrame : summedBuckets;
        if (context() == null || context().isPreview() || f == null) {
            return;
        }
        try {
            OutputFiles.writeAtomically(file, toJson(f));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
