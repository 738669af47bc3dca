package io.footfall.runtime.connect.mqtt;

import io.moquette.broker.Server;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptSubscribeMessage;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Widens the embedded broker's in-flight window per subscriber from Moquette's fixed 10 to {@link #SIZE}.
 *
 * <p>Why: the MQTT origin acknowledges a message only once its batch is written, and the runner writes
 * while the origin already produces the next batches. With 10 unacknowledged messages per subscriber
 * the broker stops sending after 10 messages until the first batch is written — one batch of at most 10
 * messages per write, whatever the batch size. Moquette 0.17 has no setting for it; its session counts free
 * slots in a private
 * {@code AtomicInteger inflightSlots}, which this adds to once per session when the client subscribes.
 * Adding is safe at any moment (the counter is only ever incremented and decremented). Should a
 * Moquette upgrade rename the fields, this logs a warning once and the window stays at 10: slower, not
 * wrong. {@code EmbeddedBrokerTest} checks the window is widened.
 */
final class MoquetteInflightWindow extends AbstractInterceptHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MoquetteInflightWindow.class);
    /** Moquette's own window ({@code BrokerConstants.INFLIGHT_WINDOW_SIZE}). */
    private static final int MOQUETTE_WINDOW = 10;
    /** As mosquitto's {@code max_inflight_messages} setting is usually raised to, and Paho's publisher window. */
    static final int SIZE = 1000;

    private final Server server;
    private final Set<Object> widened = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile boolean broken;

    MoquetteInflightWindow(Server server) {
        this.server = server;
    }

    @Override
    public String getID() {
        return "footfall-inflight-window";
    }

    @Override
    public void onSubscribe(InterceptSubscribeMessage message) {
        if (broken) {
            return;
        }
        try {
            Object registry = field(Server.class, "sessions").get(server);
            Object session = ((Map<?, ?>) field(registry.getClass(), "pool").get(registry)).get(message.getClientID());
            if (session != null && widened.add(session)) {
                ((AtomicInteger) field(session.getClass(), "inflightSlots").get(session)).addAndGet(SIZE - MOQUETTE_WINDOW);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            broken = true;
            LOG.warn("cannot widen the embedded broker's in-flight window ({}); subscribers get 10 unacknowledged "
                    + "messages at a time, which slows live pipelines down", e.toString());
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        // Moquette logs its own errors.
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
