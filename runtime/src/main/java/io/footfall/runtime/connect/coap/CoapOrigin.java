package io.footfall.runtime.connect.coap;

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
import io.footfall.runtime.connect.NettyServerOrigin;
import java.net.InetSocketAddress;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;

/**
 * Sightings from constrained sensors over CoAP (Eclipse Californium): {@code POST coap://HOST:5683/sightings}
 * with a JSON object or array. 2.04 Changed once queued, 4.00 with the reason for bad JSON, 4.13 over
 * the size limit, and 5.03 with Max-Age while the pipeline is behind (the sensor retries later).
 */
public final class CoapOrigin extends AbstractStage implements Origin {
    public static final String ID = "footfall.origin.coap";
    public static final int DEFAULT_PORT = 5683;
    static final String PATH = "path";

    private BoundedInbox<Arrival> inbox;
    private ArrivalEmitter emitter;
    private CoapServer server;
    private CoapEndpoint endpoint;

    public static StageDefinition definition() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.ORIGIN).label("CoAP server")
                .icon("network").category(ConnectivityLibrary.CATEGORY).factory(CoapOrigin::new)
                .description("Sightings posted over CoAP: POST /sightings with a JSON object or array.");
        NettyServerOrigin.serverConfigDefs(DEFAULT_PORT, 64 * 1024).forEach(b::config);
        b.config(ConfigDef.builder(PATH, Type.STRING).label("Resource").defaultValue("sightings").required()
                .group("Server").build());
        return b.build();
    }

    @Override
    protected void configure(StageConfig config) {
        String path = config.getString(PATH).strip().replaceAll("^/+", "");
        if (path.isEmpty() || path.contains("/")) {
            issue(PATH, "must be one resource name such as 'sightings', not '" + config.getString(PATH) + "'");
            return;
        }
        inbox = new BoundedInbox<>(config.getInt(NettyServerOrigin.QUEUE_CAPACITY), "CoAP origin " + context().instanceName());
        emitter = new ArrivalEmitter(context(), "COAP_MALFORMED_PAYLOAD");
        CaliforniumModules.ensureRegistered();
        // No Californium3.properties file in the working folder: every setting is made here.
        Configuration coap = Configuration.createStandardWithoutFile();
        coap.set(CoapConfig.MAX_RESOURCE_BODY_SIZE, config.getInt(NettyServerOrigin.MAX_MESSAGE_BYTES));
        String host = config.getString(NettyServerOrigin.HOST).strip();
        int port = config.getInt(NettyServerOrigin.PORT);
        endpoint = new CoapEndpoint.Builder().setConfiguration(coap)
                .setInetSocketAddress(new InetSocketAddress(host, port)).build();
        server = new CoapServer(coap);
        server.addEndpoint(endpoint);
        server.add(new SightingsResource(path));
        try {
            server.start();
        } catch (RuntimeException e) {
            issue(NettyServerOrigin.PORT, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
            destroy();
        }
    }

    /** The address the server listens on (the real port when configured with 0). */
    public InetSocketAddress localAddress() {
        return endpoint.getAddress();
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
        if (server != null) {
            server.stop();
            server.destroy();
            server = null;
        }
    }

    /**
     * Californium's settings are modules registered once before a Configuration is made; done on first
     * use (not when the stage is merely listed), so the palette never loads Californium.
     */
    private static final class CaliforniumModules {
        static {
            CoapConfig.register();
            UdpConfig.register();
        }

        static void ensureRegistered() {
            // Loading this class ran the registration.
        }
    }

    private final class SightingsResource extends CoapResource {
        SightingsResource(String name) {
            super(name);
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            InetSocketAddress source = exchange.getSourceSocketAddress();
            String peer = "coap " + source.getAddress().getHostAddress() + ":" + source.getPort();
            Arrival a = Arrival.parse(peer, exchange.getRequestPayload());
            if (a.isMalformed()) {
                inbox.offer(a); // the error stream keeps the evidence when there is room
                exchange.respond(ResponseCode.BAD_REQUEST, a.problem());
            } else if (!inbox.offer(a)) {
                context().metrics().count("rejectedBusy", 1);
                exchange.respondOverload(1); // 5.03 with Max-Age 1: try again in a second
            } else {
                exchange.respond(ResponseCode.CHANGED);
            }
        }
    }
}
