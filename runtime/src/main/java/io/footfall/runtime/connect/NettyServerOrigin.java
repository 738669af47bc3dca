package io.footfall.runtime.connect;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.StageConfig;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every listening network origin (UDP, TCP, HTTP, WebSocket) shares: host/port/queue settings,
 * one Netty event loop group, a bounded inbox of parsed {@link Arrival}s that {@link #produce} drains,
 * and a shutdown that closes every connection and releases the port before {@link #destroy} returns.
 */
public abstract class NettyServerOrigin extends AbstractStage implements Origin {
    /**
     * The logger on first use: creating one starts the logging backend (log4j2, some 600 classes), and the
     * studio reads this class's DEFINITION at start-up without ever logging from it (BENCHMARKS.md, studio start-up).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(NettyServerOrigin.class);
    }

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String QUEUE_CAPACITY = "queueCapacity";
    public static final String MAX_MESSAGE_BYTES = "maxMessageBytes";

    private EventLoopGroup group;
    /** The listening channel and every accepted connection, closed together at destroy(). */
    protected ChannelGroup channels;
    protected BoundedInbox<Arrival> inbox;
    protected int maxMessageBytes;
    private ArrivalEmitter emitter;

    /** The declarations every network server origin has; {@code defaultPort} differs per transport. */
    public static List<ConfigDef> serverConfigDefs(int defaultPort, int defaultMaxMessageBytes) {
        return List.of(
                ConfigDef.builder(HOST, Type.STRING).label("Listen address").defaultValue("0.0.0.0").required()
                        .group("Server").description("0.0.0.0: every interface; 127.0.0.1: this machine only.").build(),
                ConfigDef.builder(PORT, Type.INTEGER).label("Port").range(0, 65535).defaultValue(defaultPort)
                        .required().group("Server").build(),
                ConfigDef.builder(QUEUE_CAPACITY, Type.INTEGER).label("Queue capacity (messages)")
                        .range(1, 1_000_000).defaultValue(10_000).group("Advanced")
                        .description("Messages held between the network and the pipeline. When full, "
                                + "stream senders are slowed (reading pauses); datagrams are dropped and counted.")
                        .build(),
                ConfigDef.builder(MAX_MESSAGE_BYTES, Type.INTEGER).label("Largest message (bytes)")
                        .range(64, 64L * 1024 * 1024).defaultValue(defaultMaxMessageBytes).group("Advanced").build());
    }

    @Override
    protected final void configure(StageConfig config) {
        maxMessageBytes = config.getInt(MAX_MESSAGE_BYTES);
        inbox = new BoundedInbox<>(config.getInt(QUEUE_CAPACITY), getClass().getSimpleName() + " " + context().instanceName());
        emitter = new ArrivalEmitter(context(), errorCode());
        if (!configureTransport(config)) {
            return;
        }
        String host = config.getString(HOST).strip();
        int port = config.getInt(PORT);
        group = new NioEventLoopGroup(2, new DefaultThreadFactory("footfall-" + context().instanceName()));
        channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        try {
            Channel server = bind(group, new InetSocketAddress(host, port)).sync().channel();
            channels.add(server);
            Log.LOG.info("{}: listening on {}", context().instanceName(), server.localAddress());
        } catch (Exception e) {
            // Netty rethrows the bind failure (a checked exception it does not declare) from sync().
            issue(PORT, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
            shutDown();
        }
    }

    /** Reads the transport's own configuration; false when it reported issues. */
    protected boolean configureTransport(StageConfig config) {
        return true;
    }

    /** Binds the transport's channel on the group. */
    protected abstract io.netty.channel.ChannelFuture bind(EventLoopGroup group, InetSocketAddress address);

    /** The error code of this origin's malformed-payload error records. */
    protected abstract String errorCode();

    /** The local address the server listens on (the real port when configured with 0). */
    public InetSocketAddress localAddress() {
        for (Channel c : channels) {
            if (c.parent() == null && c.localAddress() instanceof InetSocketAddress a) {
                return a;
            }
        }
        throw new IllegalStateException("not listening");
    }

    /** A per-connection hand-over that pauses reading from the connection while the inbox is full. */
    protected final PausingDelivery pausingDelivery() {
        return new PausingDelivery(inbox, context().metrics(), () -> group != null && !group.isShuttingDown());
    }

    /** Queues an arrival that cannot be pushed back on (a datagram): dropped and counted when full. */
    protected final void offerOrDrop(Arrival a, String reason) {
        if (!inbox.offerOrDrop(a, reason)) {
            context().metrics().count("dropped", 1);
        }
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) {
        int records = 0;
        long wait = context().maxWaitMillis();
        try {
            while (records < maxBatchSize) {
                Arrival a = inbox.poll(wait);
                if (a == null) {
                    break;
                }
                wait = 0;
                records += emitter.emit(a, out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context().metrics().gauge("queued", inbox.size());
        return Long.toString(emitter.count());
    }

    @Override
    public void destroy() {
        shutDown();
    }

    private void shutDown() {
        if (channels != null) {
            channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            group = null;
        }
    }

    /** For subclasses: a peer's address as {@code transport host:port}. */
    protected static String peer(String transport, java.net.SocketAddress address) {
        if (address instanceof InetSocketAddress a) {
            return transport + " " + a.getAddress().getHostAddress() + ":" + a.getPort();
        }
        return transport + " " + address;
    }
}
