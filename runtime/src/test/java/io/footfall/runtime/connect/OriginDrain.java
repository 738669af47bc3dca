package io.footfall.runtime.connect;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.testing.StageRunner;
import java.util.ArrayList;
import java.util.List;

/** Calls an origin's produce() until enough records came or time is up, like the runner would. */
public final class OriginDrain {
    private OriginDrain() {
    }

    public static List<Record> records(StageRunner origin, int atLeast, long timeoutMillis) throws StageException {
        List<Record> all = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String offset = null;
        while (all.size() < atLeast && System.currentTimeMillis() < deadline) {
            StageRunner.Output out = origin.produce(offset, 1000);
            offset = out.offset();
            all.addAll(out.records());
        }
        return all;
    }
}
