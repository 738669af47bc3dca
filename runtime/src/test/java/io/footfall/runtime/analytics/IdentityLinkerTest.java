package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static io.footfall.runtime.analytics.TestMall.sighting;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.identity.AddressLinker;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityLinkerTest {

    @Test
    void aRotatedAddressContinuingTheSequenceKeepsThePhonesIdentity() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.identityLinker").build().initOrFail();
        List<Record> out = new ArrayList<>(runner.process(List.of(
                sighting(T0, "s-a", "02:00:00:00:00:01", -60, 100),
                sighting(T0 + 20, "s-a", "02:00:00:00:00:01", -61, 101),
                sighting(T0 + 30_000, "s-a", "06:00:00:00:00:02", -62, 102),
                sighting(T0 + 30_500, "s-b", "0a:00:00:00:00:03", -80, 3000))).records());
        // The two new addresses are held while their first burst may still be heard; the end of input decides.
        assertThat(out).hasSize(2);
        out.addAll(runner.flush().records());
        assertThat(out).extracting(r -> r.getString("/device")).containsExactly(
                "02:00:00:00:00:01", "02:00:00:00:00:01", "02:00:00:00:00:01", "0a:00:00:00:00:03");
        assertThat(out.get(2).getString("/address")).isEqualTo("06:00:00:00:00:02");
    }

    @Test
    void aHeldAddressIsReleasedOnceTheStreamIsPastItsFirstBurst() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.identityLinker").build().initOrFail();
        List<Record> out = runner.process(List.of(
                sighting(T0, "s-a", "02:00:00:00:00:01", -60, 100),
                sighting(T0 + 30_000, "s-a", "06:00:00:00:00:02", -62, 101),
                sighting(T0 + 30_020, "s-a", "06:00:00:00:00:02", -61, 102),
                sighting(T0 + 33_000, "s-c", "3c:00:00:00:00:09", -70, null))).records();
        assertThat(out).extracting(r -> r.getString("/address")).containsExactly(
                "02:00:00:00:00:01", "06:00:00:00:00:02", "06:00:00:00:00:02", "3c:00:00:00:00:09");
        assertThat(out.get(1).getString("/device")).isEqualTo("02:00:00:00:00:01");
    }

    @Test
    void aStrangerWhoseSequenceHappensToFitButWhoSoundsElsewhereIsNotLinked() {
        AddressLinker linker = new AddressLinker(60_000, 4, 9, 600_000);
        linker.observe("02:aa", true, T0, 10, "s-a", -55);
        linker.observe("02:aa", true, T0 + 20, 11, "s-b", -80);
        assertThat(linker.resolveDue(T0 + 10_000)).containsExactly("02:aa");
        assertThat(linker.observe("06:bb", true, T0 + 20_000, 12, "s-c", -58)).isNull();
        linker.observe("06:bb", true, T0 + 20_020, 13, "s-d", -77);
        assertThat(linker.resolveDue(T0 + 22_000)).containsExactly("06:bb");
        assertThat(linker.identityOf("06:bb")).isEqualTo("06:bb");
        assertThat(linker.links()).isZero();
    }

    @Test
    void withSensorPositionsALinkNeedsAPlaceThePhoneCouldHaveWalkedTo() {
        AddressLinker.SensorRanges ranges = new AddressLinker.SensorRanges() {
            @Override
            public double distance(String a, String b) {
                return Math.abs(Integer.parseInt(a.substring(2)) - Integer.parseInt(b.substring(2)));
            }

            @Override
            public double reach(int rssi) {
                return 10;
            }
        };
        AddressLinker linker = new AddressLinker(60_000, 4, 60, 600_000, ranges, 1.0);
        linker.identify("02:aa", true, T0, 10, "s-0", -60);
        // 5 s later and 100 m away: nobody walks that fast.
        assertThat(linker.identify("06:bb", true, T0 + 5_000, 11, "s-100", -60)).isEqualTo("06:bb");
        // The same sequence follow-on 15 m away is possible.
        assertThat(linker.identify("0a:cc", true, T0 + 6_000, 11, "s-15", -60)).isEqualTo("02:aa");
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
    void anUndoneLinkGoesToTheRunnerUpWhenThatPhoneStayedSilent() {
        AddressLinker linker = new AddressLinker(60_000, 8, 10, 600_000);
        linker.identify("02:aa", true, T0, 10, "s-a", -60);
        linker.identify("0e:cc", true, T0 + 1_000, 9, "s-a", -60);
        // Both fit; 02:aa's follow-on is closer (gap 1 against 2) and wins.
        assertThat(linker.identify("06:bb", true, T0 + 5_000, 11, "s-a", -60)).isEqualTo("02:aa");
        linker.identify("02:aa", true, T0 + 6_000, 12, "s-a", -60);
        assertThat(linker.identify("06:bb", true, T0 + 7_000, 13, "s-a", -60)).isEqualTo("0e:cc");
        assertThat(linker.undoneLinks()).isEqualTo(1);
        assertThat(linker.relinks()).isEqualTo(1);
        assertThat(linker.identities()).isEqualTo(2);
        // Had the runner-up been heard again meanwhile, 06:bb would have been a phone of its own.
        AddressLinker other = new AddressLinker(60_000, 8, 10, 600_000);
        other.identify("02:aa", true, T0, 10, "s-a", -60);
        other.identify("0e:cc", true, T0 + 1_000, 9, "s-a", -60);
        other.identify("06:bb", true, T0 + 5_000, 11, "s-a", -60);
        other.identify("0e:cc", true, T0 + 5_500, 10, "s-a", -60);
        other.identify("02:aa", true, T0 + 6_000, 12, "s-a", -60);
        assertThat(other.identify("06:bb", true, T0 + 7_000, 13, "s-a", -60)).isEqualTo("06:bb");
        assertThat(other.identities()).isEqualTo(3);
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
