package io.footfall.runtime.connect.tcp;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.Arrival;
import io.footfall.runtime.connect.ConnectivityLibrary;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.PausingDelivery;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.net.InetSocketAddress;

/**
 * Sightings over TCP: newline-delimited JSON, any number of clients at once. A slow pipeline pauses
 * reading, so TCP flow control slows the senders; nothing is dropped.
 */
public final class TcpOrigin extends NettyServerOrigin {
    public static final String ID = "footfall.origin.tcp";
    public static final int DEFAULT_PORT = 5141;

    public static StageDefinition definition() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.ORIGIN).label("TCP listener")
                .icon("network").category(ConnectivityLibrary.CATEGORY).factory(TcpOrigin::new)
                .description("Sightings over TCP: one JSON object per line, many clients. Slows senders "
                        + "down when the pipeline falls behind.");
        serverConfigDefs(DEFAULT_PORT, 64 * 1024).forEach(b::config);
        return b.build();
    }

    @Override
    protected ChannelFuture bind(EventLoopGroup group, InetSocketAddress address) {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        context().metrics().count("connections", 1);
                        ch.pipeline().addLast(new LineBasedFrameDecoder(maxMessageBytes, true, true),
                                new LineHandler(peer("tcp", ch.remoteAddress()), pausingDelivery()));
                    }
                })
                .bind(address);
    }

    @Override
    protected String errorCode() {
        return "TCP_MALFORMED_PAYLOAD";
    }

    private final class LineHandler extends ChannelInboundHandlerAdapter {
        private final String peer;
        private final PausingDelivery delivery;

        LineHandler(String peer, PausingDelivery delivery) {
            this.peer = peer;
            this.delivery = delivery;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf line = (ByteBuf) msg;
            try {
                if (line.readableBytes() == 0 || isBlank(line)) {
                    return; // blank lines (and a trailing \r\n) carry nothing
                }
                delivery.deliver(ctx, Arrival.parse(peer, ByteBufUtil.getBytes(line)));
            } finally {
                line.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof TooLongFrameException) {
                // The decoder skips the rest of the line and carries on with the next one.
                delivery.deliver(ctx, Arrival.malformed(peer, "line longer than " + maxMessageBytes + " bytes", null));
            } else {
                context().metrics().count("connectionErrors", 1);
                ctx.close();
            }
        }

        private static boolean isBlank(ByteBuf b) {
            for (int i = b.readerIndex(); i < b.writerIndex(); i++) {
                byte c = b.getByte(i);
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
