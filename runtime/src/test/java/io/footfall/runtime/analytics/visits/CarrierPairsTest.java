package io.footfall.runtime.analytics.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarrierPairsTest {
    private static final long T0 = 1_764_064_800_000L;
    private static final long MIN = 60_000;

    private static Visit visit(String device, String zone, double enterMin, double exitMin) {
        return new Visit(device, zone, T0 + Math.round(enterMin * MIN), T0 + Math.round(exitMin * MIN));
    }

    /** Feeds the visits in the order a sessionizer closes them (by exit). */
    private static CarrierPairs feed(List<Visit> visits) {
        List<Visit> sorted = new ArrayList<>(visits);
        sorted.sort(Comparator.comparingLong(Visit::exitTs));
        CarrierPairs pairs = new CarrierPairs();
        sorted.forEach(pairs::accept);
        return pairs;
    }

    @Test
    void twoDevicesWalkingTogetherThroughStoresAreOneCarrier() {
        // one shopper's phone and tablet: the same stores, entries and exits a few tens of seconds apart
        // (each device's visits are cut from its own bursts)
        List<Visit> v = List.of(
                visit("phone", "st-1", 0, 7), visit("tablet", "st-1", 0.4, 7.5),
                visit("phone", "st-2", 9, 20), visit("tablet", "st-2", 9.3, 19.6),
                visit("phone", "fc-1", 22, 40), visit("tablet", "fc-1", 22.5, 40.2));
        CarrierPairs pairs = feed(v);
        assertThat(pairs.mergedPairs()).isEqualTo(1);
        assertThat(pairs.duplicateVisits()).isEqualTo(Map.of("st-1", 1, "st-2", 1, "fc-1", 1));
    }

    @Test
    void strangersCrossingPathsOnceAreNotACarrier() {
        // two strangers in the same store at the same time once, then their own ways
        List<Visit> v = List.of(
                visit("a", "st-1", 0, 7), visit("b", "st-1", 0.2, 7.3),
                visit("a", "st-2", 9, 20), visit("b", "st-5", 9, 25),
                visit("a", "st-3", 22, 30));
        CarrierPairs pairs = feed(v);
        assertThat(pairs.mergedPairs()).isZero();
        assertThat(pairs.duplicateVisits()).isEmpty();
    }

    @Test
    void twoCoincidencesDoNotOutweighTimeSpentInDifferentStores() {
        // met twice by chance (a popular store, the food court) but apart in between, in other stores at once
        List<Visit> v = List.of(
                visit("a", "st-1", 0, 7), visit("b", "st-1", 0.5, 7.5),
                visit("a", "st-2", 9, 20), visit("b", "st-6", 9.5, 21),
                visit("a", "st-3", 22, 30), visit("b", "st-7", 23, 31),
                visit("a", "fc-1", 32, 50), visit("b", "fc-1", 32.5, 49.5));
        CarrierPairs pairs = feed(v);
        assertThat(pairs.mergedPairs()).isZero();
    }

    @Test
    void visitsFarApartInTimeDoNotMatch() {
        List<Visit> v = List.of(
                visit("a", "st-1", 0, 7), visit("b", "st-1", 3, 10),
                visit("a", "st-2", 12, 20), visit("b", "st-2", 15, 23));
        assertThat(feed(v).mergedPairs()).isZero();
    }

    @Test
    void threeDevicesMovingTogetherAreAGroupAndStayCountedPerDevice() {
        // group members follow one route a second apart: visits cannot tell them from one person's devices,
        // and a clean pair is the only thing merged
        List<Visit> v = new ArrayList<>();
        for (String d : List.of("x", "y", "z")) {
            double o = d.charAt(0) - 'x';
            v.add(visit(d, "st-1", 0 + 0.1 * o, 7 + 0.1 * o));
            v.add(visit(d, "st-2", 9 + 0.1 * o, 20 + 0.1 * o));
            v.add(visit(d, "st-3", 22 + 0.1 * o, 30 + 0.1 * o));
        }
        CarrierPairs pairs = feed(v);
        assertThat(pairs.mergedPairs()).isZero();
        assertThat(pairs.duplicateVisits()).isEmpty();
    }

    @Test
    void stateIsPerDeviceNotPerVisit() {
        // 5,000 single-visit devices over 10 hours: devices without a partner are forgotten once idle
        CarrierPairs pairs = new CarrierPairs();
        for (int i = 0; i < 5000; i++) {
            double t = i * 0.12;
            pairs.accept(visit("d" + i, "st-" + (i % 40), t, t + 5));
        }
        assertThat(pairs.trackedDevices()).isLessThan(1000);
    }
}
