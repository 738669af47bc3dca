package io.footfall.runtime.engine;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageKind;
import java.util.List;
import java.util.Map;

/**
 * What one stage saw and did during a preview: copies of its input, its output per lane, the records
 * it sent to the error stream and the events it emitted (copies taken at the time, so later stages
 * changing the records do not change what is shown here).
 */
public record StagePreview(String name, String type, StageKind kind, List<Record> input,
                           Map<String, List<Record>> output, List<Record> errors, List<Record> events) {

    public StagePreview {
        input = List.copyOf(input);
        output = Map.copyOf(output);
        errors = List.copyOf(errors);
        events = List.copyOf(events);
    }
}
