package io.footfall.runtime.connect;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageLibrary;
import io.footfall.runtime.connect.mqtt.MqttStages;
import java.util.ArrayList;
import java.util.List;

/** The network origins and destinations: live sensors over MQTT, UDP, TCP, HTTP and WebSocket. */
public final class ConnectivityLibrary implements StageLibrary {
    /** The palette group of every stage here. */
    public static final String CATEGORY = "Network";

    @Override
    public String name() {
        return "Connectivity";
    }

    @Override
    public List<StageDefinition> stages() {
        List<StageDefinition> all = new ArrayList<>(MqttStages.definitions());
        return all;
    }
}
