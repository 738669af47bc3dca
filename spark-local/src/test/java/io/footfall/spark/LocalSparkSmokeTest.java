package io.footfall.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** The build's Spark, Scala, Jackson and Netty versions really start a local context and run a job. */
class LocalSparkSmokeTest {

    @Test
    void aLocalContextRunsAJob() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("footfall-smoke")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 1000).boxed().collect(Collectors.toList());
            long evens = sc.parallelize(numbers, 4).filter(n -> n % 2 == 0).count();
            int sum = sc.parallelize(numbers, 4).reduce(Integer::sum);
            assertThat(evens).isEqualTo(500);
            assertThat(sum).isEqualTo(500500);
        }
    }
}
