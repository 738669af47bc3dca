package io.footfall.runtime.engine;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Record;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a stage's output per lane for one batch. */
public final class LaneBatchMaker implements BatchMaker {
    private final String stage;
    private final List<String> lanes;
    private final Map<String, List<Record>> byLane = new LinkedHashMap<>();

    public LaneBatchMaker(String stage, List<String> lanes) {
        this.stage = stage;
        this.lanes = List.copyOf(lanes);
        for (String lane : lanes) {
            byLane.put(lane, new ArrayList<>());
        }
    }

    @Override
    public List<String> lanes() {
        return lanes;
    }

    @Override
    public void add(Record record) {
        if (lanes.isEmpty()) {
            throw new IllegalStateException("stage '" + stage + "' has no output lanes");
        }
        add(record, lanes.get(0));
    }

    @Override
    public void add(Record record, String lane) {
        List<Record> list = byLane.get(lane);
        if (list == null) {
            throw new IllegalArgumentException("stage '" + stage + "' has no lane '" + lane + "'; its lanes are " + lanes);
        }
        record.header().passedStage(stage);
        list.add(record);
    }

    public List<Record> lane(String lane) {
        return byLane.getOrDefault(lane, List.of());
    }

    public Map<String, List<Record>> byLane() {
        return byLane;
    }

    public int total() {
        int n = 0;
        for (List<Record> l : byLane.values()) {
            n += l.size();
        }
        return n;
    }
}
