package io.footfall.runtime.connect.udp;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.Arrival;
import io.footfall.runtime.connect.ConnectivityLibrary;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;

/**
 * Sightings over UDP, one JSON object (or array) per datagram. A datagram cannot be pushed back on,
 * so when the pipeline falls behind the queue fills and further datagrams are dropped and counted
 * ({@code dropped}); a large socket receive buffer absorbs bursts first.
 */
public final class UdpOrigin extends NettyServerOrigin {
    public static final String ID = "footfall.origin.udp";
    public static final int DEFAULT_PORT = 5140;
    private static final int RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

    public static StageDefinition definition() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.ORIGIN).label("UDP listener")
                .icon("network").category(ConnectivityLibrary.CATEGORY).factory(UdpOrigin::new)
                .description("Sightings over UDP: one JSON object or array per datagram. Drops (and counts) "
                        + "datagrams when the pipeline falls behind.");
        serverConfigDefs(DEFAULT_PORT, 65_507).forEach(b::config);
        return b.build();
    }

    @Override
    protected ChannelFuture bind(EventLoopGroup group, InetSocketAddress address) {
        return new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
                // One buffer the size of the largest datagram we accept; a longer one arrives cut short
                // and is reported as malformed.
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(maxMessageBytes))
                .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                        String peer = peer("udp", packet.sender());
                        offerOrDrop(Arrival.parse(peer, ByteBufUtil.getBytes(packet.content())),
                                "the pipeline is slower than the senders");
                    }
                })
                .bind(address);
    }

    @Override
    protected String errorCode() {
        return "UDP_MALFORMED_PAYLOAD";
    }
}
