package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.ConnectivityLibrary;
import io.footfall.runtime.connect.OverflowPolicy;
import java.util.List;

/** The declarations of the MQTT origin and destination (the stages themselves hold the logic). */
public final class MqttStages {
    public static final String ORIGIN_ID = "footfall.origin.mqtt";
    public static final String DESTINATION_ID = "footfall.destination.mqtt";

    static final String TOPIC_FILTERS = "topicFilters";
    static final String QUEUE_CAPACITY = "queueCapacity";
    static final String OVERFLOW = "overflow";
    static final String TOPIC = "topic";
    static final String SIGHTINGS_PER_MESSAGE = "sightingsPerMessage";
    static final String RETAINED = "retained";

    public static final String DEFAULT_TOPIC_FILTER = "footfall/sightings/#";

    private MqttStages() {
    }

    public static List<StageDefinition> definitions() {
        StageDefinition.Builder origin = StageDefinition.builder(ORIGIN_ID, 1, StageKind.ORIGIN)
                .label("MQTT subscriber").icon("mqtt").category(ConnectivityLibrary.CATEGORY)
                .description("Sightings from an MQTT broker: one JSON object or an array per message. "
                        + "Acknowledges messages only after their batch is written.")
                .factory(MqttOrigin::new)
                .config(ConfigDef.builder(TOPIC_FILTERS, Type.LIST).label("Topic filters").required()
                        .defaultValue(List.of(DEFAULT_TOPIC_FILTER)).group("Broker")
                        .description("MQTT topic filters; + matches one level, # the rest.").build());
        MqttSettings.configDefs().forEach(origin::config);
        origin.config(ConfigDef.builder(QUEUE_CAPACITY, Type.INTEGER).label("Queue capacity (messages)")
                        .range(1, 1_000_000).defaultValue(10_000).group("Advanced")
                        .description("Messages held between the network and the pipeline.").build())
                .config(ConfigDef.builder(OVERFLOW, Type.CHOICE).label("When the queue is full")
                        .choices(OverflowPolicy.class).defaultValue(OverflowPolicy.BLOCK.name()).group("Advanced")
                        .description("BLOCK stops reading (the broker holds the messages); DROP discards and counts them.")
                        .build());

        StageDefinition.Builder destination = StageDefinition.builder(DESTINATION_ID, 1, StageKind.DESTINATION)
                .label("MQTT publisher").icon("mqtt").category(ConnectivityLibrary.CATEGORY)
                .description("Publishes records as JSON to an MQTT broker; a batch is written once the broker "
                        + "acknowledged it.")
                .factory(MqttDestination::new)
                .config(ConfigDef.builder(TOPIC, Type.STRING).label("Topic").required()
                        .defaultValue("footfall/sightings/{sensor}").group("Broker")
                        .description("{field} is replaced by the record's field, e.g. footfall/sightings/{sensor}.")
                        .build());
        MqttSettings.configDefs().forEach(destination::config);
        destination.config(ConfigDef.builder(SIGHTINGS_PER_MESSAGE, Type.INTEGER).label("Records per message")
                        .range(1, 100_000).defaultValue(1).group("Broker")
                        .description("1: one JSON object per message; more: a JSON array of up to this many.").build())
                .config(ConfigDef.builder(RETAINED, Type.BOOLEAN).label("Retained").defaultValue(false)
                        .group("Advanced").build());
        return List.of(origin.build(), destination.build());
    }

    /** What is wrong with a subscription filter, or null (MQTT 3.1.1 section 4.7). */
    static String topicFilterProblem(String filter) {
        if (filter.isEmpty()) {
            return "is empty";
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                return "may only have # as the whole last level";
            }
            if (level.contains("+") && !level.equals("+")) {
                return "may only have + as a whole level";
            }
        }
        return null;
    }
}
