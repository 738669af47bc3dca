package io.footfall.runtime.engine;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Record;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a stage's output per lane for one batch. The runner reuses one per stage ({@link #clear()}
 * between batches), so lanes are kept in arrays rather than a map: adding a record costs no allocation
 * beyond the list growing.
 */
public final class LaneBatchMaker implements BatchMaker {
    private final String stage;
    private final List<String> lanes;
    private final String[] laneNames;
    private final ArrayList<Record>[] byIndex;

    public LaneBatchMaker(String stage, List<String> lanes) {
        this(stage, lanes, 10);
    }

    /** With room for {@code expectedRecords} in the first lane (an origin's batch size), so it never grows. */
    @SuppressWarnings("unchecked")
    public LaneBatchMaker(String stage, List<String> lanes, int expectedRecords) {
        this.stage = stage;
        this.lanes = List.copyOf(lanes);
        this.laneNames = this.lanes.toArray(new String[0]);
        this.byIndex = new ArrayList[laneNames.length];
        for (int i = 0; i < laneNames.length; i++) {
            byIndex[i] = new ArrayList<>(i == 0 ? Math.max(0, Math.min(expectedRecords, 1 << 16)) : 10);
        }
    }

    @Override
    public List<String> lanes() {
        return lanes;
    }

    @Override
    public void add(Record record) {
        if (laneNames.length == 0) {
            throw new IllegalStateException("stage '" + stage + "' has no output lanes");
        }
        record.header().passedStage(stage);
        byIndex[0].add(record);
    }

    @Override
    public void add(Record record, String lane) {
        int i = indexOf(lane);
        if (i < 0) {
            throw new IllegalArgumentException("stage '" + stage + "' has no lane '" + lane + "'; its lanes are " + lanes);
        }
        record.header().passedStage(stage);
        byIndex[i].add(record);
    }

    private int indexOf(String lane) {
        for (int i = 0; i < laneNames.length; i++) {
            if (laneNames[i].equals(lane)) {
                return i;
            }
        }
        return -1;
    }

    public List<Record> lane(String lane) {
        int i = indexOf(lane);
        return i < 0 ? List.of() : byIndex[i];
    }

    /** The records of the lane at the given position in {@link #lanes()}. */
    public List<Record> lane(int index) {
        return byIndex[index];
    }

    public Map<String, List<Record>> byLane() {
        Map<String, List<Record>> map = new LinkedHashMap<>();
        for (int i = 0; i < laneNames.length; i++) {
            map.put(laneNames[i], byIndex[i]);
        }
        return map;
    }

    public int total() {
        int n = 0;
        for (List<Record> l : byIndex) {
            n += l.size();
        }
        return n;
    }

    /** Empties every lane for the next batch. */
    public void clear() {
        for (ArrayList<Record> l : byIndex) {
            l.clear();
        }
    }
}
