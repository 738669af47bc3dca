package io.footfall.runtime.connect;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageLibrary;
import io.footfall.runtime.connect.coap.CoapOrigin;
import io.footfall.runtime.connect.http.HttpDestination;
import io.footfall.runtime.connect.http.HttpOrigin;
import io.footfall.runtime.connect.mqtt.MqttStages;
import io.footfall.runtime.connect.opcua.OpcUaOrigin;
import io.footfall.runtime.connect.tcp.TcpOrigin;
import io.footfall.runtime.connect.udp.UdpOrigin;
import io.footfall.runtime.connect.websocket.WebSocketOrigin;
import java.util.ArrayList;
import java.util.List;

/** The network origins and destinations: live sensors over MQTT, UDP, TCP, HTTP, WebSocket, CoAP and OPC-UA. */
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
        all.add(UdpOrigin.definition());
        all.add(TcpOrigin.definition());
        all.add(HttpOrigin.definition());
        all.add(WebSocketOrigin.definition());
        all.add(HttpDestination.definition());
        all.add(CoapOrigin.definition());
        all.add(OpcUaOrigin.definition());
        return List.copyOf(all);
    }
}
