package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static io.footfall.runtime.analytics.TestMall.sighting;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.identity.AddressLinker;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityLinkerTest {

    @Test
    void aRotatedAddressContinuingTheSequenceKeepsThePhonesIdentity() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.identityLinker").build().initOrFail();
        List<Record> out = runner.process(List.of(
                sighting(T0, "s-a", "02:00:00:00:00:01", -60, 100),
                sighting(T0 + 20, "s-a", "02:00:00:00:00:01", -61, 101),
                sighting(T0 + 30_000, "s-a", "06:00:00:00:00:02", -62, 102),
                sighting(T0 + 30_500, "s-b", "0a:00:00:00:00:03", -80, 3000))).records();
        assertThat(out).extracting(r -> r.getString("/device")).containsExactly(
                "02:00:00:00:00:01", "02:00:00:00:00:01", "02:00:00:00:00:01", "0a:00:00:00:00:03");
        assertThat(out.get(2).getString("/address")).isEqualTo("06:00:00:00:00:02");
    }

    @Test
    void aLinkIsUndoneWhenTheOldAddressTurnsOutStillInUse() {
        AddressLinker linker = new AddressLinker(60_000, 8, 10, 600_000);
        linker.identify("02:aa", true, T0, 10, "s-a", -60);
        assertThat(linker.identify("06:bb", true, T0 + 5_000, 11, "s-a", -60)).isEqualTo("02:aa");
        linker.identify("02:aa", true, T0 + 6_000, 12, "s-a", -60);
        assertThat(linker.identify("06:bb", true, T0 + 7_000, 13, "s-a", -60)).isEqualTo("06:bb");
        assertThat(linker.undoneLinks()).isEqualTo(1);
        assertThat(linker.identities()).isEqualTo(2);
    }

    @Test
    void noLinkAcrossABrokenSequenceOrALongSilenceOrForAddressesThatAreNotRandomized() {
        AddressLinker linker = new AddressLinker(60_000, 8, 10, 600_000);
        linker.identify("02:aa", true, T0, 10, "s-a", -60);
        assertThat(linker.identify("06:bb", true, T0 + 1_000, 500, "s-a", -60)).isEqualTo("06:bb");
        assertThat(linker.identify("0a:cc", true, T0 + 120_000, 11, "s-a", -60)).isEqualTo("0a:cc");
        assertThat(linker.identify("3c:dd", false, T0 + 120_500, 12, "s-a", -60)).isEqualTo("3c:dd");
        assertThat(linker.identities()).isEqualTo(4);
    }
}
