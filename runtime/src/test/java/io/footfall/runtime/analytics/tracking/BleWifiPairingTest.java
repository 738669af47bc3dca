package io.footfall.runtime.analytics.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.tracking.BleWifiPairing.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BleWifiPairingTest {
    private static final long STEP = 5000;
    private final Random noise = new Random(5);

    /** A shopper's stops: 60 s at each of these places, 4 m apart, in one store. */
    private static double[] stopAt(long t, double[][] stops) {
        int i = (int) Math.min(stops.length - 1, t / 60_000);
        return stops[i];
    }

    private Estimate at(String id, double[] p, double sigma) {
        return new Estimate(id, p[0] + sigma * noise.nextGaussian(), p[1] + sigma * noise.nextGaussian(), 0.5);
    }

    @Test
    void eachBleIdentityPairsWithTheWifiIdentityThatKeepsItsStopsNotWithAStrangerInTheSameStore() {
        double[][] ana = {{10, 10}, {14, 10}, {14, 14}, {10, 14}};
        double[][] bob = {{12, 12}, {12, 16}, {16, 16}, {16, 12}};
        double[][] far = {{80, 30}, {84, 30}, {84, 34}, {80, 34}};
        BleWifiPairing pairing = new BleWifiPairing(120_000);
        for (long t = 0; t < 240_000; t += STEP) {
            List<Estimate> ble = List.of(at("ble-ana", stopAt(t, ana), 0.4), at("ble-far", stopAt(t, far), 0.4));
            List<Estimate> wifi = List.of(at("wifi-ana", stopAt(t, ana), 0.4), at("wifi-bob", stopAt(t, bob), 0.4),
                    at("wifi-far", stopAt(t, far), 0.4));
            pairing.step(t, ble, wifi);
        }
        assertThat(pairing.bleOf("wifi-ana")).isEqualTo("ble-ana");
        assertThat(pairing.bleOf("wifi-far")).isEqualTo("ble-far");
        assertThat(pairing.bleOf("wifi-bob")).isNull();
        assertThat(pairing.wifiOf("ble-ana")).isEqualTo("wifi-ana");
        assertThat(pairing.pairs()).isEqualTo(2);
    }

    @Test
    void aFewSecondsSideBySideIsNoPair() {
        BleWifiPairing pairing = new BleWifiPairing(120_000);
        for (long t = 0; t < 20_000; t += STEP) {
            double[] walk = {100 + 1.3 * t / 1000.0, 30};
            pairing.step(t, List.of(at("ble", walk, 0.3)), List.of(at("wifi", walk, 0.3)));
        }
        assertThat(pairing.bleOf("wifi")).isNull();
    }

    @Test
    void aPairWhoseIdentitiesPartIsDroppedAndTheBleIdentityPairsAgainWithItsOwnPhone() {
        BleWifiPairing pairing = new BleWifiPairing(120_000);
        double[] store = {20, 20};
        long t = 0;
        // The phone's WiFi identity is not heard yet; a stranger stands at the same shelf for three minutes.
        for (; t < 180_000; t += STEP) {
            pairing.step(t, List.of(at("ble", store, 0.2)), List.of(at("stranger", store, 0.2)));
        }
        assertThat(pairing.bleOf("stranger")).isEqualTo("ble");
        // The stranger walks off to the food court; the phone's own WiFi identity is heard where the BLE one is.
        List<Estimate> wifi = new ArrayList<>();
        for (; t < 480_000; t += STEP) {
            wifi.clear();
            wifi.add(at("stranger", new double[] {120, 40}, 0.2));
            wifi.add(at("own", store, 0.2));
            pairing.step(t, List.of(at("ble", store, 0.2)), wifi);
        }
        assertThat(pairing.bleOf("stranger")).isNull();
        assertThat(pairing.bleOf("own")).isEqualTo("ble");
    }

    @Test
    void forgettingAnIdentityUndoesItsPair() {
        BleWifiPairing pairing = new BleWifiPairing(120_000);
        for (long t = 0; t < 120_000; t += STEP) {
            pairing.step(t, List.of(at("ble", new double[] {5, 5}, 0.2)), List.of(at("wifi", new double[] {5, 5}, 0.2)));
        }
        assertThat(pairing.wifiOf("ble")).isEqualTo("wifi");
        pairing.forgetBle("ble");
        assertThat(pairing.bleOf("wifi")).isNull();
        assertThat(pairing.pairs()).isZero();
    }

    @Test
    void theSameSpotScoresHigherThanAStepAway() {
        Estimate b = new Estimate("b", 0, 0, 0.5);
        Estimate w = new Estimate("w", 0, 0, 0.5);
        assertThat(BleWifiPairing.logRatio(b, w, 0)).isGreaterThan(0);
        assertThat(BleWifiPairing.logRatio(b, w, 4)).isLessThan(0);
        assertThat(BleWifiPairing.logRatio(b, w, BleWifiPairing.REACH_M)).isLessThan(BleWifiPairing.logRatio(b, w, 4));
    }
}
