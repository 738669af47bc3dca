package io.footfall.runtime.analytics.data;

/** One fixed BLE receiver ("dongle") of the Boğaziçi room: its MAC, its alias and its position in meters. */
public record BogaziciReceiver(String mac, String alias, double x, double y, double z) {
}
