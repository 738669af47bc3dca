package io.footfall.runtime.connect.mqtt;

import io.moquette.broker.Server;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded broker alive when a publisher sends a QoS 1 message again after a reconnect.
 *
 * <p>Why: Moquette 0.17 routes a PUBLISH carrying the DUP flag only to the subscribers it failed to reach
 * the first time, looked up in its {@code FailedPublishCollection}; when there is no entry (the first
 * routing succeeded and only the PUBACK was lost with the connection — the usual case) the look-up gives an
 * empty set, the routing then calls {@code ByteBuf.retain(0)}, which throws, and the exception ends the
 * session thread that ran it: from then on the broker acknowledges and delivers nothing routed to that thread.
 * Every MQTT client resends its unacknowledged messages with DUP after a reconnect, so one dropped
 * connection stopped the broker. This replaces the collection's map with one that answers "no entry" with
 * Moquette's own "no filter" set, so such a message is routed to every subscriber again — a duplicate,
 * which QoS 1 allows, instead of a dead broker. Reflection on private fields, like
 * {@link MoquetteInflightWindow}: should a Moquette upgrade rename them, this logs a warning and changes
 * nothing. {@code MqttPublisherZeroLossTest} drops every connection of the embedded broker mid-stream.
 */
final class MoquetteResentPublishes {
    private static final Logger LOG = LoggerFactory.getLogger(MoquetteResentPublishes.class);

    private MoquetteResentPublishes() {
    }

    static void install(Server server) {
        try {
            Object postOffice = field(Server.class, "dispatcher").get(server);
            Set<?> noFilter = (Set<?>) field(postOffice.getClass(), "NO_FILTER").get(null);
            Object failed = field(postOffice.getClass(), "failedPublishes").get(postOffice);
            Field map = field(failed.getClass(), "packetsMap");
            @SuppressWarnings("unchecked")
            ConcurrentMap<Object, Object> old = (ConcurrentMap<Object, Object>) map.get(failed);
            AbsentMeansEverySubscriber replacement = new AbsentMeansEverySubscriber(noFilter);
            replacement.putAll(old);
            map.set(failed, replacement);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot make the embedded broker accept resent messages ({}); a client reconnecting with "
                    + "unacknowledged QoS 1 messages may stop it", e.toString());
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * Moquette asks {@code getOrDefault(packet, emptySet())}: answer "every subscriber" instead of "none",
     * also for an entry whose set is empty (routing records can be left empty; same crash).
     */
    private static final class AbsentMeansEverySubscriber extends ConcurrentHashMap<Object, Object> {
        private static final long serialVersionUID = 1L;
        private final transient Object noFilter;

        AbsentMeansEverySubscriber(Object noFilter) {
            this.noFilter = noFilter;
        }

        @Override
        public Object getOrDefault(Object key, Object defaultValue) {
            Object v = get(key);
            return v instanceof Set<?> set && !set.isEmpty() ? v : noFilter;
        }
    }
}
