package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with a trust store and a user name/password, against mosquitto with a self-signed certificate
 * (made with openssl and keytool in the test) and a password file (mosquitto_passwd).
 */
class MqttSecurityTest {
    @TempDir
    static Path dir;
    private static MosquittoBroker mosquitto;

    @BeforeAll
    static void start() throws Exception {
        for (String tool : List.of("/usr/bin/openssl", "/usr/bin/mosquitto_passwd")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed; skipping the TLS test");
        }
        run("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-keyout", "key.pem", "-out", "cert.pem", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1");
        run(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-importcert", "-noprompt",
                "-alias", "broker", "-file", "cert.pem", "-keystore", "trust.p12", "-storetype", "PKCS12",
                "-storepass", "changeit");
        run("/usr/bin/mosquitto_passwd", "-b", "-c", "passwords", "sensor", "s3cret");
        Path broker = Files.createDirectories(dir.resolve("broker"));
        mosquitto = MosquittoBroker.start(broker, List.of(
                "certfile " + dir.resolve("cert.pem"), "keyfile " + dir.resolve("key.pem"),
                "allow_anonymous false", "password_file " + dir.resolve("passwords")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static StageRunner origin(String clientId, Object... config) {
        StageRunner.Builder b = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", "ssl://127.0.0.1:" + mosquitto.port()).config("clientId", clientId)
                .config("connectTimeoutSeconds", 5);
        for (int i = 0; i < config.length; i += 2) {
            b.config((String) config[i], config[i + 1]);
        }
        return b.build();
    }

    @Test
    void tlsWithTheTrustStoreAndTheRightPasswordReceives() throws Exception {
        StageRunner origin = origin("tls-ok", "trustStorePath", dir.resolve("trust.p12").toString(),
                "trustStorePassword", "changeit", "username", "sensor", "password", "s3cret").initOrFail();
        try {
            mosquitto.publishLines("footfall/sightings/s-01", 1, SightingLines.lines(0, 20),
                    "--cafile", dir.resolve("cert.pem").toString(), "-u", "sensor", "-P", "s3cret");
            List<Record> got = OriginDrain.records(origin, 20, 10_000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(20);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void aWrongPasswordOrAnUntrustedCertificateIsAConfigIssue() {
        List<ConfigIssue> issues = new ArrayList<>();
        StageRunner wrongPassword = origin("tls-bad-pw", "trustStorePath", dir.resolve("trust.p12").toString(),
                "trustStorePassword", "changeit", "username", "sensor", "password", "guess");
        issues.addAll(wrongPassword.init());
        wrongPassword.destroy();
        StageRunner untrusted = origin("tls-untrusted", "username", "sensor", "password", "s3cret");
        issues.addAll(untrusted.init());
        untrusted.destroy();
        assertThat(issues).hasSize(2).allSatisfy(i -> {
            assertThat(i.config()).isEqualTo("brokerUrl");
            assertThat(i.message()).startsWith("cannot connect to MQTT broker ssl://127.0.0.1:" + mosquitto.port());
        });
        assertThat(issues.get(0).message()).containsIgnoringCase("not authori");
        assertThat(issues.get(1).message()).contains("TLS failed").contains("trust store");
        assertThat(issues.toString()).doesNotContain("guess").doesNotContain("s3cret");
    }

    @Test
    void aTrustStoreWithAPlainTcpUrlIsRefused() {
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", "tcp://127.0.0.1:" + mosquitto.port())
                .config("trustStorePath", dir.resolve("trust.p12").toString()).config("trustStorePassword", "changeit")
                .build();
        assertThat(origin.init()).extracting(ConfigIssue::config).containsExactly("brokerUrl");
    }
}
