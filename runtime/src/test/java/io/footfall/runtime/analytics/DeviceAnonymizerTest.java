package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static io.footfall.runtime.analytics.TestMall.sighting;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.privacy.DeviceHasher;
import io.footfall.runtime.analytics.privacy.KeyRotation;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceAnonymizerTest {
    private static final long DAY = 86_400_000L;

    @Test
    void addressesBecomeStablePseudonymsWithinADayAndNeverLeaveRaw() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.anonymizer").config("salt", "s3cret").build().initOrFail();
        List<Record> out = runner.process(List.of(
                sighting(T0, "s-a", "3c:28:6d:2c:ac:58", -60),
                sighting(T0 + 3_600_000, "s-a", "3c:28:6d:2c:ac:58", -60),
                sighting(T0 + DAY, "s-a", "3c:28:6d:2c:ac:58", -60),
                sighting(T0, "s-a", "42:6e:ed:9d:b3:7b", -60))).records();
        String first = out.get(0).getString("/device");
        assertThat(first).hasSize(16).matches("[0-9a-f]+").isNotEqualTo("3c:28:6d:2c:ac:58");
        assertThat(out.get(1).getString("/device")).isEqualTo(first);
        assertThat(out.get(2).getString("/device")).as("a new day, a new key").isNotEqualTo(first);
        assertThat(out).noneMatch(r -> r.toJava().toString().contains("3c:28"));
        assertThat(out.get(0).get("/randomized").asBoolean()).isFalse();
        assertThat(out.get(3).get("/randomized").asBoolean()).as("0x42 is locally administered").isTrue();
    }

    @Test
    void theSaltKeysThePseudonym() {
        DeviceHasher a = new DeviceHasher("one".getBytes(StandardCharsets.UTF_8), KeyRotation.NEVER, 8);
        DeviceHasher b = new DeviceHasher("two".getBytes(StandardCharsets.UTF_8), KeyRotation.NEVER, 8);
        assertThat(a.pseudonym("3c:28:6d:2c:ac:58", T0)).isNotEqualTo(b.pseudonym("3c:28:6d:2c:ac:58", T0))
                .isEqualTo(a.pseudonym("3C:28:6D:2C:AC:58", T0 + 400 * DAY));
    }

    @Test
    void aRecordWithoutAnAddressIsAnError() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.anonymizer").build().initOrFail();
        Record r = sighting(T0, "s-a", "x", -60);
        r.delete("/device");
        assertThat(runner.process(List.of(r)).errors()).extracting(e -> e.header().errorCode()).containsExactly("NO_DEVICE");
    }
}
