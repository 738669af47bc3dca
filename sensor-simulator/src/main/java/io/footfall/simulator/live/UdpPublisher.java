package io.footfall.simulator.live;

import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One JSON object per datagram (CONTRACT section 2). */
final class UdpPublisher implements LivePublisher {
    private final DatagramSocket socket;
    private final InetSocketAddress target;

    UdpPublisher(String host, int port) throws IOException {
        socket = new DatagramSocket();
        target = new InetSocketAddress(host, port);
    }

    @Override
    public void publish(String sensor, List<Sighting> sightings) throws IOException {
        for (Sighting s : sightings) {
            byte[] bytes = SightingJson.toJson(s).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, target));
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
