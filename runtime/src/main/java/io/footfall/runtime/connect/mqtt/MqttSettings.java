package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.StageConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach a broker, shared by the MQTT origin and destination: the configuration declarations
 * (one place, so both stages show the same fields) and their parsed values.
 */
record MqttSettings(String brokerUrl, MqttVersion version, String clientId, boolean cleanSession, int qos,
                    String username, String password, SSLSocketFactory tls, int connectTimeoutSeconds,
                    int keepAliveSeconds, int maxReconnectDelaySeconds, int receiveMaximum) {

    enum MqttVersion { MQTT_3_1_1, MQTT_5 }

    static final String BROKER_URL = "brokerUrl";
    static final String PROTOCOL = "protocol";
    static final String CLIENT_ID = "clientId";
    static final String CLEAN_SESSION = "cleanSession";
    static final String QOS = "qos";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String TRUST_STORE = "trustStorePath";
    static final String TRUST_STORE_PASSWORD = "trustStorePassword";
    static final String TRUST_STORE_TYPE = "trustStoreType";
    static final String CONNECT_TIMEOUT = "connectTimeoutSeconds";
    static final String KEEP_ALIVE = "keepAliveSeconds";
    static final String MAX_RECONNECT_DELAY = "maxReconnectDelaySeconds";
    static final String RECEIVE_MAXIMUM = "receiveMaximum";

    static final String DEFAULT_BROKER_URL = "tcp://127.0.0.1:1883";

    static List<ConfigDef> configDefs() {
        return List.of(
                ConfigDef.builder(BROKER_URL, Type.STRING).label("Broker URL").required().defaultValue(DEFAULT_BROKER_URL)
                        .description("tcp://HOST:PORT, or ssl://HOST:PORT for TLS.").group("Broker").build(),
                ConfigDef.builder(PROTOCOL, Type.CHOICE).label("Protocol").choices(MqttVersion.class)
                        .defaultValue(MqttVersion.MQTT_3_1_1.name()).group("Broker").build(),
                ConfigDef.builder(CLIENT_ID, Type.STRING).label("Client id").group("Broker")
                        .description("Empty: footfall-<stage name>. A persistent session needs the same id on every run.")
                        .build(),
                ConfigDef.builder(CLEAN_SESSION, Type.BOOLEAN).label("Clean session").defaultValue(false).group("Broker")
                        .description("Off: the broker keeps the subscription and the unacknowledged messages "
                                + "while the pipeline is stopped (nothing lost at QoS 1 and 2).").build(),
                ConfigDef.builder(QOS, Type.INTEGER).label("QoS").range(0, 2).defaultValue(1).group("Broker")
                        .description("0 at most once, 1 at least once, 2 exactly once between client and broker.").build(),
                ConfigDef.builder(USERNAME, Type.STRING).label("User name").group("Credentials").build(),
                ConfigDef.builder(PASSWORD, Type.STRING).label("Password").group("Credentials").build(),
                ConfigDef.builder(TRUST_STORE, Type.FILE_PATH).label("Trust store").group("TLS")
                        .description("Certificates to trust for ssl:// (empty: the JVM's default trust store).").build(),
                ConfigDef.builder(TRUST_STORE_PASSWORD, Type.STRING).label("Trust store password").group("TLS")
                        .dependsOn(TRUST_STORE).build(),
                ConfigDef.builder(TRUST_STORE_TYPE, Type.CHOICE).label("Trust store type").choices("PKCS12", "JKS")
                        .defaultValue("PKCS12").group("TLS").dependsOn(TRUST_STORE).build(),
                ConfigDef.builder(CONNECT_TIMEOUT, Type.INTEGER).label("Connect timeout (s)").range(1, 300)
                        .defaultValue(10).group("Advanced").build(),
                ConfigDef.builder(KEEP_ALIVE, Type.INTEGER).label("Keep-alive (s)").range(0, 65535)
                        .defaultValue(30).group("Advanced").build(),
                ConfigDef.builder(MAX_RECONNECT_DELAY, Type.INTEGER).label("Longest reconnect back-off (s)")
                        .range(1, 3600).defaultValue(30).group("Advanced")
                        .description("After a lost connection the client retries after 1 s, 2 s, 4 s, ... up to this.")
                        .build(),
                ConfigDef.builder(RECEIVE_MAXIMUM, Type.INTEGER).label("In-flight window").range(1, 65535)
                        .defaultValue(1000).group("Advanced")
                        .description("How many unacknowledged QoS 1/2 messages may be in flight: to a subscriber "
                                + "(MQTT 5 receive maximum) or from a publisher.")
                        .build());
    }

    /**
     * Reads and checks the settings; {@code problems} gets (config name, message) pairs for everything
     * wrong, and the result is null when anything was.
     */
    static MqttSettings read(StageConfig c, String instanceName, Path baseDirectory, Problems problems) {
        String url = c.getString(BROKER_URL).strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("tcp", "ssl", "mqtt", "mqtts").contains(scheme) || uri.getHost() == null) {
                problems.add(BROKER_URL, "must look like tcp://HOST:PORT or ssl://HOST:PORT, not '" + url + "'");
            } else if (scheme.startsWith("mqtt")) {
                // Paho knows tcp:// and ssl://; accept the common mqtt:// spelling too.
                url = (scheme.equals("mqtts") ? "ssl" : "tcp") + url.substring(scheme.length());
            }
        } catch (URISyntaxException e) {
            problems.add(BROKER_URL, "is not a URL: " + e.getMessage());
        }
        String clientId = c.has(CLIENT_ID) && !c.getString(CLIENT_ID).isBlank() ? c.getString(CLIENT_ID).strip()
                : "footfall-" + instanceName.replaceAll("[^A-Za-z0-9_-]", "-");
        SSLSocketFactory tls = null;
        if (c.has(TRUST_STORE) && !c.getString(TRUST_STORE).isBlank()) {
            Path store = baseDirectory.resolve(c.getString(TRUST_STORE));
            if (!url.startsWith("ssl:")) {
                problems.add(BROKER_URL, "a trust store is set, so the URL must start with ssl:// (not '" + url + "')");
            }
            try {
                tls = trustingSocketFactory(store, c.getString(TRUST_STORE_PASSWORD), c.getString(TRUST_STORE_TYPE));
            } catch (IOException | GeneralSecurityException e) {
                problems.add(TRUST_STORE, "cannot read trust store " + store + ": " + e.getMessage());
            }
        }
        String username = blankToNull(c.getString(USERNAME));
        String password = blankToNull(c.getString(PASSWORD));
        if (password != null && username == null) {
            problems.add(USERNAME, "a password is set, so a user name is needed too");
        }
        if (problems.any()) {
            return null;
        }
        return new MqttSettings(url, c.getEnum(PROTOCOL, MqttVersion.class), clientId, c.getBoolean(CLEAN_SESSION),
                c.getInt(QOS), username, password, tls, c.getInt(CONNECT_TIMEOUT), c.getInt(KEEP_ALIVE),
                c.getInt(MAX_RECONNECT_DELAY), c.getInt(RECEIVE_MAXIMUM));
    }

    /**
     * The settings for a preview: its own client id and a clean session, so a preview neither takes over
     * the running pipeline's session nor consumes (acknowledges) the messages queued for it.
     */
    MqttSettings forPreview() {
        return new MqttSettings(brokerUrl, version, clientId + "-preview", true, qos, username, password, tls,
                connectTimeoutSeconds, keepAliveSeconds, maxReconnectDelaySeconds, receiveMaximum);
    }

    /** A link that Paho reconnects by itself (with back-off) after a drop. */
    MqttLink newLink(MqttLink.Listener listener) throws IOException {
        return newLink(listener, true);
    }

    /** With {@code pahoReconnects} false, a dropped link stays down: the caller reconnects with a new one. */
    MqttLink newLink(MqttLink.Listener listener, boolean pahoReconnects) throws IOException {
        return version == MqttVersion.MQTT_5 ? new PahoV5Link(this, listener, pahoReconnects)
                : new PahoV3Link(this, listener, pahoReconnects);
    }

    private static SSLSocketFactory trustingSocketFactory(Path store, String password, String type)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(type == null ? "PKCS12" : type);
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, password == null ? null : password.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl.getSocketFactory();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        // Never the password.
        return brokerUrl + " (" + version + ", client " + clientId + ", QoS " + qos + ")";
    }

    /** Collects configuration problems by field. */
    interface Problems {
        void add(String config, String message);

        boolean any();

        /** Problems added to a list as {config, message} pairs. */
        static Problems into(List<String[]> list) {
            return new Problems() {
                @Override
                public void add(String config, String message) {
                    list.add(new String[] {config, message});
                }

                @Override
                public boolean any() {
                    return !list.isEmpty();
                }
            };
        }
    }
}
