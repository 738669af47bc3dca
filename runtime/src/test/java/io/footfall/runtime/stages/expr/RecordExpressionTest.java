package io.footfall.runtime.stages.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordExpressionTest {
    private final Record sighting = Record.fromJava("t::1", Map.of("rssi", -71, "kind", "wifi",
            "pos", Map.of("x", 12.5, "y", 3.0)));

    @Test
    void topLevelFieldsAreVariablesAndPathsReachNestedFields() throws Exception {
        assertThat(RecordExpression.compile("rssi > -80 && kind == 'wifi'").test(sighting)).isTrue();
        assertThat(RecordExpression.compile("rssi > -70").test(sighting)).isFalse();
        assertThat(RecordExpression.compile("record['/pos/x'] * 2").evaluate(sighting)).isEqualTo(25.0);
        assertThat(RecordExpression.compile("record.has('/pos/z')").test(sighting)).isFalse();
        assertThat(RecordExpression.compile("kind.toUpperCase()").evaluate(sighting)).isEqualTo("WIFI");
    }

    @Test
    void aMissingVariableFailsTheRecordInsteadOfComparingAsZero() {
        assertThatThrownBy(() -> RecordExpression.compile("txPower > -80").test(sighting))
                .isInstanceOf(OnRecordErrorException.class).hasMessageContaining("txPower");
    }

    @Test
    void theDocumentedWaysAroundAMissingFieldWork() throws Exception {
        assertThat(RecordExpression.compile("record.has('/txPower') && txPower > -60").test(sighting)).isFalse();
        assertThat(RecordExpression.compile("(txPower ?? -59) > -60").test(sighting)).isTrue();
        assertThat(RecordExpression.compile("kind =~ ['wifi', 'ble'] && size(kind) == 4 && !empty(kind)").test(sighting))
                .isTrue();
        assertThat(RecordExpression.compile("math:abs(rssi) == 71 && math:sqrt(16) == 4").test(sighting)).isTrue();
    }

    @Test
    void aNonBooleanConditionFailsTheRecord() {
        assertThatThrownBy(() -> RecordExpression.compile("rssi + 1").test(sighting))
                .isInstanceOf(OnRecordErrorException.class).hasMessageContaining("not true or false");
    }

    @Test
    void syntaxErrorsAreRefusedAtCompileTime() {
        assertThatThrownBy(() -> RecordExpression.compile("rssi > "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid expression");
    }

    @Test
    void theSandboxRefusesClassAccessObjectCreationAndLoops() {
        assertThatThrownBy(() -> RecordExpression.compile("new('java.io.File', '/etc/passwd')"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordExpression.compile("for (x : [1]) { x }"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordExpression.compile("kind.getClass().forName('java.lang.Runtime')").evaluate(sighting))
                .isInstanceOf(OnRecordErrorException.class);
        // java.util.stream is not on the allow-list even though String.chars() returns one.
        assertThatThrownBy(() -> RecordExpression.compile("kind.chars().count()").evaluate(sighting))
                .isInstanceOf(OnRecordErrorException.class);
        assertThatThrownBy(() -> RecordExpression.compile("kind.class.forName('java.lang.System').exit(3)").evaluate(sighting))
                .isInstanceOf(OnRecordErrorException.class);
    }

    @Test
    void expressionsCannotAssignToTheRecord() {
        assertThatThrownBy(() -> RecordExpression.compile("rssi = 5").evaluate(sighting))
                .isInstanceOf(Exception.class);
        assertThat(sighting.get("/rssi").asLong()).isEqualTo(-71);
    }
}
