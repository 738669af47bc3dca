package io.footfall.runtime.connect.udp;

import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;

/** One datagram per sighting (or per array of up to N): fire and forget, as UDP sensors do. */
public final class UdpSightingPublisher implements SightingPublisher {
    private final DatagramChannel channel;
    private final String target;
    private final int perDatagram;

    public UdpSightingPublisher(String host, int port, int perDatagram) throws IOException {
        this.channel = DatagramChannel.open();
        this.channel.connect(new InetSocketAddress(host, port));
        this.target = "udp://" + host + ":" + port;
        this.perDatagram = Math.max(1, perDatagram);
    }

    @Override
    public void publish(List<Sighting> sightings) throws IOException {
        for (int from = 0; from < sightings.size(); from += perDatagram) {
            List<Sighting> chunk = sightings.subList(from, Math.min(sightings.size(), from + perDatagram));
            byte[] json = SightingPayload.encode(chunk);
            channel.write(ByteBuffer.wrap(json));
        }
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to release
        }
    }
}
