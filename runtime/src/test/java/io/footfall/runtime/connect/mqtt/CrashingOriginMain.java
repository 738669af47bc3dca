package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.testing.StageRunner;

/**
 * A pipeline that dies between two batches: it takes one batch from the MQTT origin, says how many
 * sightings it got, and then hangs until the test kills it (SIGKILL), never asking for the next batch.
 * Run in its own JVM by {@link MqttRuntimeRestartTest}.
 */
public final class CrashingOriginMain {
    private CrashingOriginMain() {
    }

    public static void main(String[] args) throws Exception {
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt").config("brokerUrl", args[0])
                .config("clientId", args[1]).build().initOrFail();
        System.out.println("READY");
        System.out.flush();
        while (true) {
            int n = origin.produce(null, 1000).records().size();
            if (n > 0) {
                System.out.println("GOT " + n);
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }
}
