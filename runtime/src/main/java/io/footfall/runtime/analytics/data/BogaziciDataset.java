package io.footfall.runtime.analytics.data;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Boğaziçi BLE data set: the room, its 12 receivers, the beacon, the 9 tracks and the furniture (null if absent). */
public record BogaziciDataset(double roomWidth, double roomHeight, List<BogaziciReceiver> receivers,
                              List<String> beaconMacs, List<BogaziciTrack> tracks, BogaziciOccupancy occupancy) {

    public BogaziciDataset {
        receivers = List.copyOf(receivers);
        beaconMacs = List.copyOf(beaconMacs);
        tracks = List.copyOf(tracks);
    }

    public Map<String, BogaziciReceiver> receiversByMac() {
        return receivers.stream().collect(Collectors.toMap(BogaziciReceiver::mac, Function.identity()));
    }

    public BogaziciTrack track(String name) {
        return tracks.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no track named '" + name + "'"));
    }

    public int readingCount() {
        return tracks.stream().mapToInt(t -> t.readings().size()).sum();
    }

    /** {@code e78f135624ce} → {@code e7:8f:13:56:24:ce}, the address form of CONTRACT section 2. */
    public static String colonMac(String bareMac) {
        StringBuilder b = new StringBuilder(17);
        for (int i = 0; i < bareMac.length(); i += 2) {
            if (i > 0) {
                b.append(':');
            }
            b.append(bareMac, i, Math.min(i + 2, bareMac.length()));
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
