package io.footfall.runtime.connect.websocket;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.Arrival;
import io.footfall.runtime.connect.ConnectivityLibrary;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.PausingDelivery;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;

/**
 * Sightings over WebSocket: one JSON object (or array) per message on {@code ws://HOST:PORT/sightings}.
 * Like TCP, a slow pipeline pauses reading from the connection rather than dropping.
 */
public final class WebSocketOrigin extends NettyServerOrigin {
    public static final String ID = "footfall.origin.websocket";
    public static final int DEFAULT_PORT = 8781;
    static final String PATH = "path";

    private String path;

    public static StageDefinition definition() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.ORIGIN).label("WebSocket server")
                .icon("network").category(ConnectivityLibrary.CATEGORY).factory(WebSocketOrigin::new)
                .description("Sightings over WebSocket: one JSON object or array per message.");
        serverConfigDefs(DEFAULT_PORT, 64 * 1024).forEach(b::config);
        b.config(ConfigDef.builder(PATH, Type.STRING).label("Path").defaultValue("/sightings").required()
                .group("Server").build());
        return b.build();
    }

    @Override
    protected boolean configureTransport(StageConfig config) {
        path = config.getString(PATH).strip();
        if (!path.startsWith("/")) {
            issue(PATH, "must start with /, not '" + path + "'");
            return false;
        }
        return true;
    }

    @Override
    protected ChannelFuture bind(EventLoopGroup group, InetSocketAddress address) {
        WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder().websocketPath(path)
                .maxFramePayloadLength(maxMessageBytes).checkStartsWith(false).build();
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        context().metrics().count("connections", 1);
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192),
                                new WebSocketServerProtocolHandler(ws), new WebSocketFrameAggregator(maxMessageBytes),
                                new FrameHandler(peer("websocket", ch.remoteAddress()), pausingDelivery()));
                    }
                })
                .bind(address);
    }

    @Override
    protected String errorCode() {
        return "WEBSOCKET_MALFORMED_PAYLOAD";
    }

    private final class FrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final String peer;
        private final PausingDelivery delivery;

        FrameHandler(String peer, PausingDelivery delivery) {
            this.peer = peer;
            this.delivery = delivery;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame) {
                delivery.deliver(ctx, Arrival.parse(peer, ByteBufUtil.getBytes(frame.content())));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            context().metrics().count("connectionErrors", 1);
            ctx.close();
        }
    }
}
