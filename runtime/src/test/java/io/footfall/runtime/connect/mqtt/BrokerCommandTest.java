package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BrokerCommandTest {

    @Test
    void brokerIsAFootfallCommand() {
        assertThat((Object) Main.commandLine().getSubcommands().get("broker").getCommand()).isInstanceOf(BrokerCommand.class);
    }

    @Test
    void printsItsUrlAndServesClientsUntilStopped() throws Exception {
        BrokerCommand command = new BrokerCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("--port", "0"));
        Matcher m = Pattern.compile("mqtt://127\\.0\\.0\\.1:(\\d+)").matcher("");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!m.reset(out.toString()).find() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).contains("MQTT broker listening on mqtt://127.0.0.1:");
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + m.group(1), "probe", new MemoryPersistence());
        client.connect();
        assertThat(client.isConnected()).isTrue();
        client.disconnect();
        client.close();
        command.stop.countDown();
        assertThat((int) exit.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aPortInUseIsBadInput() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new BrokerCommand());
            cli.setErr(new PrintWriter(err, true));
            assertThat(cli.execute("--port", Integer.toString(taken.getLocalPort()))).isEqualTo(2);
            assertThat(err.toString()).contains("cannot start the MQTT broker on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
