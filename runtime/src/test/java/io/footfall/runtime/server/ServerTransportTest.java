package io.footfall.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS from a PEM certificate and key, and a client that goes silent mid-request. */
class ServerTransportTest {
    @TempDir
    Path tmp;

    private PipelineServer server(Path cert, Path key, int readTimeoutSeconds) throws Exception {
        return new PipelineServer(new PipelineServer.Settings("127.0.0.1", 0, tmp.resolve("data"), tmp,
                TokenAuthenticator.fromFile(ServerFixtures.tokenFile(tmp)), cert, key, 1024 * 1024, readTimeoutSeconds)).start();
    }

    @Test
    void servesHttpsWithASelfSignedCertificateAndRefusesPlainHttp() throws Exception {
        assumeTrue(ServerShellTest.onPath("openssl"), "openssl is not installed, so no certificate can be made for the TLS test");
        Path cert = tmp.resolve("cert.pem");
        Path key = tmp.resolve("key.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", key.toString(), "-out", cert.toString()).redirectErrorStream(true).start();
        String printed = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as("openssl: %s", printed).isZero();
        assertThat(Files.readString(key)).as("openssl writes a PKCS#8 key").contains("BEGIN PRIVATE KEY");

        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            trusted.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);

        try (PipelineServer server = server(cert, key, 30)) {
            assertThat(server.tls()).isTrue();
            var https = new ServerFixtures.Http("https://127.0.0.1:" + server.port(),
                    HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(20)).build());
            HttpResponse<String> list = https.send("GET", "/pipelines", null);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"pipelines\"");
            assertThat(https.send("GET", "/pipelines", null, "wrong").statusCode()).isEqualTo(401);

            var plain = new ServerFixtures.Http("http://127.0.0.1:" + server.port());
            assertThatThrownBy(() -> plain.send("GET", "/health", null, null)).as("plain HTTP to the TLS port")
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aClientThatGoesSilentMidRequestIsDroppedWithoutHoldingUpOthers() throws Exception {
        try (PipelineServer server = server(null, null, 2); Socket silent = new Socket("127.0.0.1", server.port())) {
            silent.getOutputStream().write(("PUT /pipelines/slow HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + ServerFixtures.TOKEN + "\r\nContent-Length: 1000\r\n\r\n{\"format\":").getBytes(StandardCharsets.US_ASCII));
            silent.getOutputStream().flush();
            silent.setSoTimeout(60_000);

            var http = new ServerFixtures.Http("http://127.0.0.1:" + server.port());
            long before = System.nanoTime();
            assertThat(http.send("GET", "/pipelines", null).statusCode()).as("another client meanwhile").isEqualTo(200);
            assertThat(http.send("GET", "/health", null, null).statusCode()).isEqualTo(200);

            long sentAt = System.nanoTime();
            int read = silent.getInputStream().read();
            long droppedAfterMillis = (System.nanoTime() - sentAt) / 1_000_000;
            assertThat(read).as("the server closed the silent connection without an answer").isEqualTo(-1);
            assertThat((System.nanoTime() - before) / 1_000_000).as("dropped after the 2 s read timeout, not at once")
                    .isGreaterThanOrEqualTo(1500);
            assertThat(droppedAfterMillis).isLessThan(60_000);
            assertThat(http.send("GET", "/pipelines/slow", null).statusCode()).as("nothing of it was stored").isEqualTo(404);
        }
    }
}
