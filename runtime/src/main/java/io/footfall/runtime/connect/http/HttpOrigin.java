package io.footfall.runtime.connect.http;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.Arrival;
import io.footfall.runtime.connect.ConnectivityLibrary;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Sightings over HTTP: {@code POST /sightings} with an object or an array. Answers 202 once the
 * sightings are queued, 400 with a JSON message for bad JSON, 413 over the size limit, 401 without the
 * bearer token (when one is set), and 503 with {@code Retry-After} while the pipeline is behind — the
 * sender's cue to slow down, so nothing is silently lost.
 */
public final class HttpOrigin extends NettyServerOrigin {
    public static final String ID = "footfall.origin.http";
    public static final int DEFAULT_PORT = 8780;
    static final String PATH = "path";
    static final String BEARER_TOKEN = "bearerToken";

    private String path;
    private byte[] token;

    public static StageDefinition definition() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.ORIGIN).label("HTTP server")
                .icon("network").category(ConnectivityLibrary.CATEGORY).factory(HttpOrigin::new)
                .description("Sightings posted over HTTP: POST /sightings with a JSON object or array.");
        serverConfigDefs(DEFAULT_PORT, 1024 * 1024).forEach(b::config);
        b.config(ConfigDef.builder(PATH, Type.STRING).label("Path").defaultValue("/sightings").required()
                .group("Server").build());
        b.config(ConfigDef.builder(BEARER_TOKEN, Type.STRING).label("Bearer token").group("Server")
                .description("When set, requests need 'Authorization: Bearer <token>' (else 401).").build());
        return b.build();
    }

    @Override
    protected boolean configureTransport(StageConfig config) {
        path = config.getString(PATH).strip();
        if (!path.startsWith("/")) {
            issue(PATH, "must start with /, not '" + path + "'");
            return false;
        }
        String t = config.getString(BEARER_TOKEN);
        token = t == null || t.isBlank() ? null : t.strip().getBytes(StandardCharsets.UTF_8);
        return true;
    }

    @Override
    protected ChannelFuture bind(EventLoopGroup group, InetSocketAddress address) {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        ch.pipeline().addLast(new HttpServerCodec(), new CountingAggregator(maxMessageBytes),
                                new SightingsRequestHandler(HttpOrigin.this, peer("http", ch.remoteAddress())));
                    }
                })
                .bind(address);
    }

    @Override
    protected String errorCode() {
        return "HTTP_MALFORMED_PAYLOAD";
    }

    String path() {
        return path;
    }

    byte[] token() {
        return token;
    }

    /** Queues the arrival; false when the queue is full. */
    boolean accept(Arrival a) {
        return inbox.offer(a);
    }

    void count(String metric) {
        context().metrics().count(metric, 1);
    }

    /** The aggregator answers 413 by itself; this also counts it. */
    private final class CountingAggregator extends HttpObjectAggregator {
        CountingAggregator(int maxContentLength) {
            super(maxContentLength);
        }

        @Override
        protected void handleOversizedMessage(ChannelHandlerContext ctx, io.netty.handler.codec.http.HttpMessage oversized)
                throws Exception {
            count("tooLarge");
            super.handleOversizedMessage(ctx, oversized);
        }
    }
}
