package io.footfall.canvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.testing.TestPipelines;
import org.junit.jupiter.api.Test;

class ConnectionRulesTest {
    private final GraphModel model = GraphModel.of(TestPipelines.sample(), TestPipelines.registry());
    private final ConnectionRules rules = model.rules();

    private GraphNode n(String name) {
        return model.node(name).orElseThrow();
    }

    @Test
    void anOriginTakesNoInput() {
        assertThat(rules.refusal(n("parse"), "output", n("sensors"))).hasValueSatisfying(m -> assertThat(m).contains("origin"));
    }

    @Test
    void aDestinationHasNoOutputs() {
        assertThat(rules.refusal(n("store"), "output", n("count"))).hasValueSatisfying(m -> assertThat(m).contains("destination"));
    }

    @Test
    void noSelfLoopsNoDuplicatesNoUnknownLanes() {
        assertThat(rules.refusal(n("parse"), "output", n("parse"))).hasValueSatisfying(m -> assertThat(m).contains("itself"));
        assertThat(rules.refusal(n("parse"), "output", n("route"))).hasValueSatisfying(m -> assertThat(m).contains("already"));
        assertThat(rules.refusal(n("route"), "output", n("count"))).hasValueSatisfying(m -> assertThat(m).contains("no output lane 'output'"));
    }

    @Test
    void aCycleIsRefusedAndNamed() {
        assertThat(rules.refusal(n("count"), "output", n("parse")))
                .hasValue("that would make a cycle: parse → route → count → parse");
    }

    @Test
    void aFreshForwardEdgeIsAllowed() {
        assertThat(rules.refusal(n("route"), "outside", n("count"))).isEmpty();
        assertThat(rules.allows(n("parse"), "output", n("store"))).isTrue();
    }
}
