package io.footfall.runtime.connect.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes records as JSON, to a topic made from the record ({@code footfall/sightings/{sensor}}),
 * one record per message or up to N per message as a JSON array. {@link #write} returns only when
 * the broker acknowledged every message (QoS 1/2), so a batch counts as written only once it is safe.
 *
 * <p>When the connection drops mid-batch, Paho reconnects with back-off and, with the persistent session
 * (clean session off, the default), sends the unacknowledged messages again; {@link #write} waits
 * (back pressure on the pipeline) for up to a minute of broker absence, then fails the batch, which the
 * runner then writes again: nothing acknowledged to the origin is lost.
 */
public final class MqttDestination extends AbstractStage implements Destination {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** While the broker is away (restart), keep retrying a publish this long before failing the batch. */
    private static final long RECONNECT_PATIENCE_MILLIS = 60_000;

    private MqttSettings settings;
    private TopicTemplate topic;
    private int perMessage;
    private boolean retained;
    private MqttLink link;
    private PublishWindow window;

    @Override
    protected void configure(StageConfig config) {
        try {
            topic = TopicTemplate.parse(config.getString(MqttStages.TOPIC));
        } catch (IllegalArgumentException e) {
            issue(MqttStages.TOPIC, e.getMessage());
        }
        perMessage = config.getInt(MqttStages.SIGHTINGS_PER_MESSAGE);
        retained = config.getBoolean(MqttStages.RETAINED);
        List<String[]> problems = new ArrayList<>();
        settings = MqttSettings.read(config, context().instanceName(), context().baseDirectory(),
                MqttSettings.Problems.into(problems));
        problems.forEach(p -> issue(p[0], p[1]));
        if (settings == null || topic == null || context().isPreview()) {
            return;
        }
        try {
            link = settings.newLink(new MqttLink.Listener() {
                @Override
                public void message(String t, byte[] payload, int messageId, int qos, boolean duplicate) {
                    // A publisher subscribes to nothing.
                }
            });
            link.connect();
            window = new PublishWindow(link, settings.receiveMaximum(),
                    settings.connectTimeoutSeconds() * 1000L + RECONNECT_PATIENCE_MILLIS, settings.brokerUrl());
        } catch (IOException e) {
            if (link != null) {
                link.close();
                link = null;
            }
            issue(MqttSettings.BROKER_URL, e.getMessage());
        }
    }

    @Override
    public void write(Batch batch) throws StageException {
        if (link == null) {
            return; // preview
        }
        Map<String, List<Object>> pending = new LinkedHashMap<>();
        for (Record r : batch) {
            String t;
            try {
                t = topic.render(r);
            } catch (IllegalArgumentException e) {
                recordError(r, "MQTT_TOPIC", e.getMessage());
                continue;
            }
            List<Object> group = pending.computeIfAbsent(t, k -> new ArrayList<>(perMessage));
            group.add(r.toJava());
            if (group.size() >= perMessage) {
                send(t, group);
                pending.remove(t);
            }
        }
        for (Map.Entry<String, List<Object>> e : pending.entrySet()) {
            send(e.getKey(), e.getValue());
        }
        try {
            window.drain();
        } catch (IOException e) {
            throw new StageException("MQTT_PUBLISH_FAILED", e.getMessage(), e);
        }
    }

    private void send(String t, List<Object> values) throws StageException {
        byte[] payload;
        try {
            payload = perMessage == 1 ? JSON.writeValueAsBytes(values.get(0)) : JSON.writeValueAsBytes(values);
        } catch (JsonProcessingException e) {
            throw new StageException("MQTT_ENCODE", "cannot write a record as JSON: " + e.getOriginalMessage(), e);
        }
        try {
            window.send(t, payload, settings.qos(), retained);
        } catch (IOException e) {
            throw new StageException("MQTT_PUBLISH_FAILED", e.getMessage(), e);
        }
        context().metrics().count("messages", 1);
        context().metrics().count("records", values.size());
    }

    private void recordError(Record r, String code, String message) throws StageException {
        switch (context().onRecordError()) {
            case DISCARD -> context().metrics().count("discarded", 1);
            case TO_ERROR -> context().toError(r, code, message);
            case STOP_PIPELINE -> throw new StageException(code, message);
        }
    }

    @Override
    public void destroy() {
        if (link != null) {
            link.close();
            link = null;
        }
    }
}
