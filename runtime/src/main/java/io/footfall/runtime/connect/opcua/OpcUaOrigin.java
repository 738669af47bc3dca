package io.footfall.runtime.connect.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.Arrival;
import io.footfall.runtime.connect.ArrivalEmitter;
import io.footfall.runtime.connect.BoundedInbox;
import io.footfall.runtime.connect.ConnectivityLibrary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MonitoringMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoredItemCreateRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoringParameters;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * Sightings from an OPC-UA server (Eclipse Milo client): subscribes to String (or ByteString) variables
 * whose every new value is a sighting JSON object or array — how a gateway in a building-automation
 * network exposes its sensors. OPC-UA delivers data changes by sampling, so this origin cannot slow the
 * server down: when the pipeline falls behind, values are dropped and counted ({@code dropped}).
 * Connects without security (SecurityPolicy None), as gateways on a closed network do.
 */
public final class OpcUaOrigin extends AbstractStage implements Origin {
    public static final String ID = "footfall.origin.opcua";
    static final String ENDPOINT = "endpointUrl";
    static final String NODE_IDS = "nodeIds";
    static final String SAMPLING_MILLIS = "samplingIntervalMillis";
    static final String QUEUE_CAPACITY = "queueCapacity";
    private static final long CONNECT_TIMEOUT_SECONDS = 10;

    private BoundedInbox<Arrival> inbox;
    private ArrivalEmitter emitter;
    private OpcUaClient client;
    private String endpointUrl;

    public static StageDefinition definition() {
        return StageDefinition.builder(ID, 1, StageKind.ORIGIN).label("OPC-UA subscriber").icon("network")
                .category(ConnectivityLibrary.CATEGORY).factory(OpcUaOrigin::new)
                .description("Sightings from OPC-UA variables holding sighting JSON (object or array per value).")
                .config(ConfigDef.builder(ENDPOINT, Type.STRING).label("Endpoint URL").required()
                        .defaultValue("opc.tcp://127.0.0.1:4840").group("Server").build())
                .config(ConfigDef.builder(NODE_IDS, Type.LIST).label("Variables").required().group("Server")
                        .description("Node ids such as ns=2;s=sensors/s-01/sightings.").build())
                .config(ConfigDef.builder(SAMPLING_MILLIS, Type.INTEGER).label("Sampling interval (ms)")
                        .range(0, 60_000).defaultValue(100).group("Server").build())
                .config(ConfigDef.builder(QUEUE_CAPACITY, Type.INTEGER).label("Queue capacity (values)")
                        .range(1, 1_000_000).defaultValue(10_000).group("Advanced").build())
                .build();
    }

    @Override
    protected void configure(StageConfig config) {
        endpointUrl = config.getString(ENDPOINT).strip();
        if (!endpointUrl.startsWith("opc.tcp://")) {
            issue(ENDPOINT, "must start with opc.tcp://, not '" + endpointUrl + "'");
        }
        List<NodeId> nodes = new ArrayList<>();
        for (String id : config.getList(NODE_IDS)) {
            NodeId node = NodeId.parseOrNull(id.strip());
            if (node == null) {
                issue(NODE_IDS, "'" + id + "' is not a node id (e.g. ns=2;s=sensors/s-01/sightings)");
            } else {
                nodes.add(node);
            }
        }
        if (nodes.isEmpty() && config.getList(NODE_IDS).isEmpty()) {
            issue(NODE_IDS, "needs at least one variable to subscribe to");
        }
        if (nodes.size() != config.getList(NODE_IDS).size() || !endpointUrl.startsWith("opc.tcp://")) {
            return;
        }
        inbox = new BoundedInbox<>(config.getInt(QUEUE_CAPACITY), "OPC-UA origin " + context().instanceName());
        emitter = new ArrivalEmitter(context(), "OPCUA_MALFORMED_VALUE");
        try {
            client = OpcUaClient.create(endpointUrl,
                    endpoints -> endpoints.stream()
                            .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())).findFirst(),
                    b -> b.setApplicationName(LocalizedText.english("Footfall Studio"))
                            .setApplicationUri("urn:footfall:studio:" + context().instanceName())
                            .setRequestTimeout(uint(5000)).build());
            client.connect().get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            subscribe(nodes, config.getInt(SAMPLING_MILLIS));
        } catch (Exception e) {
            issue(ENDPOINT, "cannot subscribe at " + endpointUrl + ": " + describe(e));
            destroy();
        }
    }

    private void subscribe(List<NodeId> nodes, double samplingMillis)
            throws InterruptedException, ExecutionException, TimeoutException {
        UaSubscription subscription = client.getSubscriptionManager().createSubscription(samplingMillis)
                .get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<MonitoredItemCreateRequest> requests = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ReadValueId read = new ReadValueId(nodes.get(i), AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE);
            // A server-side queue per item, so values changing faster than the publishing interval are kept.
            MonitoringParameters parameters = new MonitoringParameters(uint(i + 1), samplingMillis, null, uint(1000), false);
            requests.add(new MonitoredItemCreateRequest(read, MonitoringMode.Reporting, parameters));
        }
        List<UaMonitoredItem> items = subscription.createMonitoredItems(TimestampsToReturn.Both, requests,
                (item, index) -> item.setValueConsumer(this::onValue)).get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (UaMonitoredItem item : items) {
            if (!item.getStatusCode().isGood()) {
                throw new IllegalStateException("the server refused to monitor "
                        + item.getReadValueId().getNodeId().toParseableString() + " (" + item.getStatusCode() + ")");
            }
        }
    }

    private void onValue(UaMonitoredItem item, DataValue value) {
        String peer = "opcua " + endpointUrl + " " + item.getReadValueId().getNodeId().toParseableString();
        Object v = value.getValue().getValue();
        Arrival a;
        if (v instanceof String s) {
            a = Arrival.parse(peer, s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof ByteString b) {
            a = Arrival.parse(peer, b.bytesOrEmpty());
        } else {
            a = Arrival.malformed(peer, "the value is a " + (v == null ? "null" : v.getClass().getSimpleName())
                    + ", not sighting JSON (status " + value.getStatusCode() + ")", null);
        }
        if (!inbox.offerOrDrop(a, "the pipeline is slower than the OPC-UA data changes")) {
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
        return Long.toString(emitter.count());
    }

    @Override
    public void destroy() {
        if (client != null) {
            try {
                client.disconnect().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // The server is gone already.
            }
            client = null;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while ((root instanceof ExecutionException || root.getMessage() == null) && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
