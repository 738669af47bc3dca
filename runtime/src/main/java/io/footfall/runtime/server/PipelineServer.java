package io.footfall.runtime.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.NonStickyEventExecutorGroup;
import io.netty.util.concurrent.UnorderedThreadPoolEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code footfall serve}: the pipeline server on Netty. Requests are limited in size (413 beyond) and in
 * time (a client that stops sending is dropped), optionally served over TLS, and handled off the I/O
 * threads since they touch the disk and start pipelines.
 */
public final class PipelineServer implements AutoCloseable {

    /** How the server is set up. */
    public record Settings(String host, int port, Path dataDir, Path workspace, TokenAuthenticator auth,
                           Path tlsCertificate, Path tlsKey, int maxBodyBytes, int readTimeoutSeconds) {
    }

    private final Settings settings;
    private final PipelineStore store;
    private final PipelineSupervisor supervisor;
    private final ServerApi api;
    private final AccessLog accessLog;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private EventExecutorGroup handlers;
    private Channel channel;

    public PipelineServer(Settings settings) throws IOException {
        this.settings = settings;
        this.store = new PipelineStore(settings.dataDir());
        this.supervisor = new PipelineSupervisor(store, settings.workspace());
        this.api = new ServerApi(store, supervisor, settings.auth());
        this.accessLog = new AccessLog(settings.dataDir().resolve("access.log"));
    }

    /** Binds the port and resumes the pipelines that were running before. */
    public PipelineServer start() throws IOException, InterruptedException {
        SslContext ssl = null;
        if (settings.tlsCertificate() != null) {
            ssl = SslContextBuilder.forServer(settings.tlsCertificate().toFile(), settings.tlsKey().toFile()).build();
        }
        SslContext sslContext = ssl;
        boss = new NioEventLoopGroup(1);
        workers = new NioEventLoopGroup(2);
        // Ordered per connection but not pinned to a thread: a slow call (a stop waiting for its pipeline)
        // holds up only its own connection, not every connection that happens to share its thread.
        handlers = new NonStickyEventExecutorGroup(new UnorderedThreadPoolEventExecutor(16));
        ServerBootstrap b = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (sslContext != null) {
                            p.addLast(sslContext.newHandler(ch.alloc()));
                        }
                        p.addLast(new HttpServerCodec());
                        p.addLast(new SlowClientTimeout(settings.readTimeoutSeconds()));
                        p.addLast(new JsonLimitAggregator(settings.maxBodyBytes()));
                        p.addLast(handlers, new ApiHandler(api, accessLog));
                    }
                });
        try {
            channel = b.bind(new InetSocketAddress(settings.host(), settings.port())).sync().channel();
        } catch (Exception e) {
            close();
            throw new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        supervisor.resume();
        return this;
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public boolean tls() {
        return settings.tlsCertificate() != null;
    }

    public void awaitClose() throws InterruptedException {
        channel.closeFuture().sync();
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        supervisor.close();
        for (EventExecutorGroup g : new EventExecutorGroup[] {boss, workers, handlers}) {
            if (g != null) {
                g.shutdownGracefully(100, 2000, TimeUnit.MILLISECONDS).awaitUninterruptibly();
            }
        }
        accessLog.close();
    }

    /** Refuses bodies over the limit with the API's JSON error instead of Netty's plain text. */
    static final class JsonLimitAggregator extends HttpObjectAggregator {
        static final int LINGER_SECONDS = 5;
        private final int limit;

        JsonLimitAggregator(int limit) {
            super(limit);
            this.limit = limit;
        }

        /** A client that asked first (Expect: 100-continue) gets the same JSON 413, before it sends the body. */
        @Override
        protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
            Object response = super.newContinueResponse(start, maxContentLength, pipeline);
            if (response instanceof FullHttpResponse r && r.status().equals(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE)) {
                r.release();
                return tooLarge();
            }
            return response;
        }

        private FullHttpResponse tooLarge() {
            byte[] body = ("{\"message\":\"the request body is larger than the limit of " + limit + " bytes\"}")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            HttpUtil.setContentLength(r, body.length);
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return r;
        }

        /**
         * Answers, then lingers. Why: closing at once with the rest of the body unread makes the kernel
         * reset the connection, and a client still sending gets "broken pipe" instead of this answer. So
         * our side is shut after the answer (the client sees it, then the end), the rest of the body is
         * read and dropped (the aggregator discards it), and the connection closes when the client does or
         * after {@value #LINGER_SECONDS} s.
         */
        @Override
        protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
            ctx.writeAndFlush(tooLarge()).addListener(written -> {
                if (ctx.channel() instanceof SocketChannel socket) {
                    socket.shutdownOutput();
                    ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                } else {
                    ctx.close();
                }
            });
        }
    }
}
