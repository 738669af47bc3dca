package io.footfall.runtime.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.stage.StageRegistry;
import org.junit.jupiter.api.Test;

class BasicStageLibraryTest {

    @Test
    void everyStageIsFoundThroughServiceLoader() {
        assertThat(StageRegistry.defaultRegistry().all()).extracting(StageDefinition::id).contains(
                "footfall.origin.file", "footfall.origin.generator", "footfall.processor.jsonParser",
                "footfall.processor.csvParser", "footfall.processor.fieldSetter", "footfall.processor.fieldRenamer",
                "footfall.processor.fieldRemover", "footfall.processor.filter", "footfall.processor.streamSelector",
                "footfall.destination.file", "footfall.destination.trash", "footfall.destination.errorFile");
    }

    @Test
    void everyConfigurationIsDocumentedAndItsDefaultPassesItsOwnCheck() {
        for (StageDefinition d : new BasicStageLibrary().stages()) {
            assertThat(d.label()).as(d.id()).isNotEqualTo(d.id());
            assertThat(d.description()).as(d.id()).isNotBlank();
            for (ConfigDef c : d.configs()) {
                assertThat(c.description()).as(d.id() + " " + c.name()).isNotBlank();
                assertThat(c.label()).as(d.id() + " " + c.name()).isNotEqualTo(c.name());
                if (c.required() && c.defaultValue() == null) {
                    continue; // nothing sensible to default to, e.g. a CSV parser's column names
                }
                assertThat(c.check(c.defaultValue())).as(d.id() + " " + c.name() + " default").isEmpty();
            }
        }
    }
}
