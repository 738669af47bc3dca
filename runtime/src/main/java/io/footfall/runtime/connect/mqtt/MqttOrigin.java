package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.connect.BoundedInbox;
import io.footfall.runtime.connect.OverflowPolicy;
import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to sighting topics and turns each message (one sighting object or an array) into records.
 *
 * <p>Nothing is lost at QoS 1 or 2: messages are acknowledged to the broker by hand, and only once the
 * batch they went into was written — when the runner reports the batch {@linkplain #committed committed},
 * on its own thread, while this origin is already producing the next batches. Until then a broker with a
 * persistent session keeps them and sends them again after a restart of either side, so a restart can
 * repeat messages (counted as {@code duplicates} when flagged) but not lose any. The broker's in-flight
 * window (mosquitto's {@code max_inflight_messages}, MQTT 5 receive maximum) therefore has to cover the
 * batches between produce and commit, or the broker waits for acks before sending more.
 */
public final class MqttOrigin extends AbstractStage implements Origin {
    /**
     * The logger on first use: creating one starts the logging backend (log4j2, some 600 classes), and the
     * studio reads this class's DEFINITION at start-up without ever logging from it (BENCHMARKS.md, studio start-up).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(MqttOrigin.class);
    }
    static final String TOPIC_ATTRIBUTE = "mqtt.topic";
    private static final String OFFSET_PREFIX = "mqtt:";

    private MqttSettings settings;
    private OverflowPolicy overflow;
    private BoundedInbox<Inbound> inbox;
    private volatile SubscriberConnection link;
    private volatile boolean running;
    /** Produced batches not yet committed, oldest first: added by produce(), taken by committed(). */
    private final Queue<Produced> awaitingCommit = new ConcurrentLinkedQueue<>();
    private long messageCount;
    /** Which connection a message came over: an ack only makes sense on the connection it belongs to. */
    private final AtomicInteger connection = new AtomicInteger();

    /** A message as it came off the wire, waiting for produce(). */
    private record Inbound(String topic, byte[] payload, int messageId, int qos, boolean duplicate, int connection) {
    }

    /** The messages of one produced batch, which ends at message number {@code lastMessage}. */
    private record Produced(long lastMessage, List<Inbound> messages) {
    }

    @Override
    protected void configure(StageConfig config) {
        List<String> filters = config.getList(MqttStages.TOPIC_FILTERS);
        if (filters.isEmpty()) {
            issue(MqttStages.TOPIC_FILTERS, "needs at least one topic filter, e.g. footfall/sightings/#");
        }
        for (String f : filters) {
            String problem = MqttStages.topicFilterProblem(f);
            if (problem != null) {
                issue(MqttStages.TOPIC_FILTERS, "'" + f + "' " + problem);
            }
        }
        List<String[]> problems = new ArrayList<>();
        settings = MqttSettings.read(config, context().instanceName(), context().baseDirectory(),
                MqttSettings.Problems.into(problems));
        problems.forEach(p -> issue(p[0], p[1]));
        if (settings == null || !problems.isEmpty() || filters.isEmpty()) {
            return;
        }
        if (context().isPreview()) {
            settings = settings.forPreview();
        }
        overflow = config.getEnum(MqttStages.OVERFLOW, OverflowPolicy.class);
        inbox = new BoundedInbox<>(config.getInt(MqttStages.QUEUE_CAPACITY), "MQTT origin " + context().instanceName());
        running = true;
        try {
            link = new SubscriberConnection(settings, filters, new Listener(), context().instanceName());
            link.start();
            Log.LOG.info("{}: subscribed to {} on {}", context().instanceName(), filters, settings);
        } catch (IOException e) {
            running = false;
            if (link != null) {
                link.close();
                link = null;
            }
            issue(MqttSettings.BROKER_URL, e.getMessage());
        }
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) {
        if (context().isPreview()) {
            // A preview writes nothing and has a clean session of its own: acknowledging what it already
            // showed only keeps the broker sending.
            acknowledgeUpTo(Long.MAX_VALUE);
        }
        List<Inbound> batch = new ArrayList<>();
        int records = 0;
        long wait = context().maxWaitMillis();
        try {
            while (records < maxBatchSize) {
                Inbound m = inbox.poll(wait);
                if (m == null) {
                    break;
                }
                wait = 0;
                records += emit(m, out);
                batch.add(m);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!batch.isEmpty()) {
            awaitingCommit.add(new Produced(messageCount, batch));
        }
        context().metrics().gauge("queued", inbox.size());
        return OFFSET_PREFIX + messageCount;
    }

    /** The batch ending at this offset was written: its messages (and any older ones) can be acknowledged. */
    @Override
    public void committed(String offset) {
        if (offset != null && offset.startsWith(OFFSET_PREFIX)) {
            acknowledgeUpTo(Long.parseLong(offset.substring(OFFSET_PREFIX.length())));
        }
    }

    private int emit(Inbound m, BatchMaker out) {
        messageCount++;
        context().metrics().count("messages", 1);
        if (m.duplicate()) {
            context().metrics().count("duplicates", 1);
        }
        List<Sighting> sightings;
        try {
            sightings = SightingPayload.parse(m.payload());
        } catch (IllegalArgumentException e) {
            context().metrics().count("malformed", 1);
            Record bad = SightingPayload.malformedRecord(m.topic() + "#" + messageCount, "mqtt topic " + m.topic(),
                    m.payload(), 0, m.payload().length);
            bad.header().setAttribute(TOPIC_ATTRIBUTE, m.topic());
            context().toError(bad, "MQTT_MALFORMED_PAYLOAD", "topic '" + m.topic() + "': " + e.getMessage());
            return 0;
        }
        int i = 0;
        for (Sighting s : sightings) {
            Record r = SightingPayload.toRecord(s, m.topic() + "#" + messageCount + "." + i++);
            r.header().setAttribute(TOPIC_ATTRIBUTE, m.topic());
            out.add(r);
        }
        context().metrics().count("sightings", sightings.size());
        return sightings.size();
    }

    private void acknowledgeUpTo(long lastMessage) {
        for (Produced p = awaitingCommit.peek(); p != null && p.lastMessage() <= lastMessage; p = awaitingCommit.peek()) {
            awaitingCommit.poll();
            for (Inbound m : p.messages()) {
                acknowledge(m);
            }
        }
    }

    private void acknowledge(Inbound m) {
        SubscriberConnection l = link; // destroy() may clear it meanwhile
        if (m.qos() == 0 || l == null) {
            return;
        }
        if (m.connection() != connection.get() || !l.isConnected()) {
            // The message came over an earlier connection: the broker re-sends it on the new one
            // (persistent session), and that copy is acknowledged instead.
            context().metrics().count("acksSkippedAfterDisconnect", 1);
            return;
        }
        try {
            l.ack(m.messageId(), m.qos());
        } catch (IOException e) {
            // The connection dropped: the broker sends the message again after the reconnect.
            context().metrics().count("ackFailures", 1);
            Log.LOG.debug("{}: {}", context().instanceName(), e.getMessage());
        }
    }

    @Override
    public void destroy() {
        running = false;
        // Batches produced but never committed stay unacknowledged: the broker sends them again.
        awaitingCommit.clear();
        if (link != null) {
            link.close();
            link = null;
        }
        if (inbox != null) {
            // Whatever is still queued was never handed over: unacknowledged, so the broker keeps it.
            inbox.clear();
        }
    }

    private final class Listener implements MqttLink.Listener {
        @Override
        public void message(String topic, byte[] payload, int messageId, int qos, boolean duplicate)
                throws InterruptedException {
            Inbound m = new Inbound(topic, payload, messageId, qos, duplicate, connection.get());
            if (overflow == OverflowPolicy.BLOCK) {
                inbox.putWhile(m, () -> running);
            } else if (!inbox.offerOrDrop(m, "the pipeline is slower than topic " + topic)) {
                context().metrics().count("dropped", 1);
                acknowledge(m); // dropped on purpose and counted: the broker must not send it again
            }
        }

        @Override
        public void connected(boolean reconnect) {
            connection.incrementAndGet();
            if (reconnect) {
                context().metrics().count("reconnects", 1);
                Log.LOG.info("{}: reconnected to {}", context().instanceName(), settings.brokerUrl());
            }
        }

        @Override
        public void connectionLost(String reason) {
            connection.incrementAndGet();
            context().metrics().count("connectionsLost", 1);
            Log.LOG.warn("{}: lost the connection to {} ({}); reconnecting with back-off", context().instanceName(),
                    settings.brokerUrl(), reason);
        }
    }
}
