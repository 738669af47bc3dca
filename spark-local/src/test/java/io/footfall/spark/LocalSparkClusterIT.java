package io.footfall.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import io.footfall.spark.cluster.LocalSparkCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real standalone cluster (master and worker JVMs) runs the evaluator's batches on its executors. */
class LocalSparkClusterIT {

    @TempDir
    Path tmp;

    @Test
    void theEvaluatorRunsBatchesOnARealStandaloneCluster() throws Exception {
        long masterPid;
        long workerPid;
        try (LocalSparkCluster cluster = LocalSparkCluster.start(tmp, 1, "1g", Duration.ofSeconds(180))) {
            masterPid = cluster.masterPid();
            workerPid = cluster.workerPid();
            assertThat(cluster.aliveWorkers()).isEqualTo(1);
            StageRunner runner = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "repeatVisitors")
                    .config("master", cluster.masterUrl())
                    .config("sparkConf", Map.of("spark.executor.memory", "512m", "spark.cores.max", "1"))
                    .build().initOrFail();
            try {
                List<Record> day1 = new ArrayList<>();
                List<Record> day2 = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    day1.add(Record.fromJava("d1", Map.of("device", "dev-" + i, "ts", 20000L * 86_400_000L)));
                    day2.add(Record.fromJava("d2", Map.of("device", "dev-" + (i + 100), "ts", 20001L * 86_400_000L)));
                }
                runner.process(day1);
                StageRunner.Output out = runner.process(day2);
                assertThat(out.records()).hasSize(200);
                assertThat(out.records().stream().filter(r -> r.get("/repeatVisitor").asBoolean()).count()).isEqualTo(100);
            } finally {
                runner.destroy();
            }
        }
        assertThat(ProcessHandle.of(masterPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.of(workerPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
