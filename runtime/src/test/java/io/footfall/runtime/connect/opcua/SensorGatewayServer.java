package io.footfall.runtime.connect.opcua;

import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.api.DataItem;
import org.eclipse.milo.opcua.sdk.server.api.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.api.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.api.config.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.Identifiers;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.server.EndpointConfiguration;
import org.eclipse.milo.opcua.stack.server.security.DefaultServerCertificateValidator;

/**
 * A Milo OPC-UA server standing in for a sensor gateway: one String variable per sensor whose value
 * the test sets to sighting JSON. Loopback only, no security (like the origin's default).
 */
final class SensorGatewayServer implements AutoCloseable {
    static final String NAMESPACE_URI = "urn:footfall:test:gateway";

    private final OpcUaServer server;
    private final GatewayNamespace namespace;
    private final int port;

    SensorGatewayServer(Path pkiDir, List<String> sensors) throws Exception {
        port = EmbeddedBroker.freeLoopbackPort();
        DefaultTrustListManager trust = new DefaultTrustListManager(pkiDir.toFile());
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:footfall:test:gateway-server")
                .setApplicationName(LocalizedText.english("Footfall test gateway"))
                .setProductUri("urn:footfall:test")
                .setEndpoints(Set.of(EndpointConfiguration.newBuilder().setBindAddress("127.0.0.1")
                        .setHostname("127.0.0.1").setBindPort(port).setPath("/gateway")
                        .setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
                        .addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS).build()))
                .setCertificateManager(new DefaultCertificateManager())
                .setTrustListManager(trust)
                .setCertificateValidator(new DefaultServerCertificateValidator(trust))
                .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                .build();
        server = new OpcUaServer(config);
        namespace = new GatewayNamespace(server, sensors);
        namespace.startup();
        server.startup().get(20, TimeUnit.SECONDS);
    }

    String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + port + "/gateway";
    }

    int port() {
        return port;
    }

    String nodeId(String sensor) {
        return "ns=" + server.getNamespaceTable().getIndex(NAMESPACE_URI) + ";s=sensors/" + sensor + "/sightings";
    }

    void set(String sensor, Object value) {
        namespace.set(sensor, value);
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        namespace.shutdown();
    }

    private static final class GatewayNamespace extends ManagedNamespaceWithLifecycle {
        private final SubscriptionModel subscriptions;
        private final java.util.Map<String, UaVariableNode> nodes = new java.util.concurrent.ConcurrentHashMap<>();

        GatewayNamespace(OpcUaServer server, List<String> sensors) {
            super(server, NAMESPACE_URI);
            subscriptions = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptions);
            getLifecycleManager().addStartupTask(() -> sensors.forEach(this::addSensor));
        }

        private void addSensor(String sensor) {
            UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                    .setNodeId(newNodeId("sensors/" + sensor + "/sightings"))
                    .setAccessLevel(AccessLevel.READ_WRITE)
                    .setBrowseName(newQualifiedName(sensor))
                    .setDisplayName(LocalizedText.english(sensor))
                    .setDataType(Identifiers.String)
                    .setTypeDefinition(Identifiers.BaseDataVariableType)
                    .build();
            node.setValue(new DataValue(new Variant("[]")));
            getNodeManager().addNode(node);
            nodes.put(sensor, node);
        }

        void set(String sensor, Object value) {
            nodes.get(sensor).setValue(new DataValue(new Variant(value)));
        }

        @Override
        public void onDataItemsCreated(List<DataItem> items) {
            subscriptions.onDataItemsCreated(items);
        }

        @Override
        public void onDataItemsModified(List<DataItem> items) {
            subscriptions.onDataItemsModified(items);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> items) {
            subscriptions.onDataItemsDeleted(items);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> items) {
            subscriptions.onMonitoringModeChanged(items);
        }
    }
}
