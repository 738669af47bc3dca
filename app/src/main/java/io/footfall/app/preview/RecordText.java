package io.footfall.app.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.Record;

/** A record as one line of JSON for the preview lists. */
final class RecordText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordText() {
    }

    static String of(Record r) {
        try {
            return JSON.writeValueAsString(r.root().toJava());
        } catch (JsonProcessingException e) {
            return r.root().toString();
        }
    }
}
