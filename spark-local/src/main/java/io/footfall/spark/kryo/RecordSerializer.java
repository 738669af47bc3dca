package io.footfall.spark.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import io.footfall.runtime.api.Header;
import io.footfall.runtime.api.Record;
import java.util.List;
import java.util.Map;

/** A record as its header (source, stages passed, error, attributes) followed by its field tree. */
public final class RecordSerializer extends Serializer<Record> {

    @Override
    public void write(Kryo kryo, Output out, Record record) {
        Header h = record.header();
        out.writeString(h.sourceId());
        List<String> stages = h.stagesPassed();
        out.writeVarInt(stages.size(), true);
        for (String s : stages) {
            out.writeString(s);
        }
        Map<String, String> attributes = h.attributes();
        out.writeVarInt(attributes.size(), true);
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue());
        }
        out.writeBoolean(h.hasError());
        if (h.hasError()) {
            out.writeString(h.errorStage());
            out.writeString(h.errorCode());
            out.writeString(h.errorMessage());
            out.writeVarLong(h.errorTimestamp(), true);
        }
        FieldSerializer.writeField(out, record.root());
    }

    @Override
    public Record read(Kryo kryo, Input in, Class<Record> type) {
        String sourceId = in.readString();
        int stages = in.readVarInt(true);
        String[] passed = new String[stages];
        for (int i = 0; i < stages; i++) {
            passed[i] = in.readString();
        }
        int attributes = in.readVarInt(true);
        String[] keys = new String[attributes];
        String[] values = new String[attributes];
        for (int i = 0; i < attributes; i++) {
            keys[i] = in.readString();
            values[i] = in.readString();
        }
        String errorStage = null;
        String errorCode = null;
        String errorMessage = null;
        long errorTs = 0;
        boolean hasError = in.readBoolean();
        if (hasError) {
            errorStage = in.readString();
            errorCode = in.readString();
            errorMessage = in.readString();
            errorTs = in.readVarLong(true);
        }
        Record r = new Record(sourceId, FieldSerializer.readField(in));
        for (String s : passed) {
            r.header().passedStage(s);
        }
        for (int i = 0; i < attributes; i++) {
            r.header().setAttribute(keys[i], values[i]);
        }
        if (hasError) {
            r.header().setError(errorStage, errorCode, errorMessage, errorTs);
        }
        return r;
    }
}
