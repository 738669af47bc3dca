package io.footfall.runtime.stages;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageLibrary;
import io.footfall.runtime.stages.destination.ErrorFileDestination;
import io.footfall.runtime.stages.destination.FileDestinationDefinition;
import io.footfall.runtime.stages.destination.TrashDestination;
import io.footfall.runtime.stages.origin.FileOriginDefinition;
import io.footfall.runtime.stages.origin.GeneratorOrigin;
import io.footfall.runtime.stages.processor.CsvParserProcessor;
import io.footfall.runtime.stages.processor.FieldRemoverProcessor;
import io.footfall.runtime.stages.processor.FieldRenamerProcessor;
import io.footfall.runtime.stages.processor.FieldSetterProcessor;
import io.footfall.runtime.stages.processor.FilterProcessor;
import io.footfall.runtime.stages.processor.JsonParserProcessor;
import io.footfall.runtime.stages.processor.StreamSelectorProcessor;
import java.util.List;

/** The general-purpose stages every installation has: files, a generator, parsers, field edits, routing. */
public final class BasicStageLibrary implements StageLibrary {

    @Override
    public String name() {
        return "Basic stages";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(
                FileOriginDefinition.DEFINITION,
                GeneratorOrigin.DEFINITION,
                JsonParserProcessor.DEFINITION,
                CsvParserProcessor.DEFINITION,
                FieldSetterProcessor.DEFINITION,
                FieldRenamerProcessor.DEFINITION,
                FieldRemoverProcessor.DEFINITION,
                FilterProcessor.DEFINITION,
                StreamSelectorProcessor.DEFINITION,
                FileDestinationDefinition.DEFINITION,
                TrashDestination.DEFINITION,
                ErrorFileDestination.DEFINITION);
    }
}
