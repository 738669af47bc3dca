package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The {@code footfall studio} command line: a pipeline that is not there is bad input, named in the message. */
class StudioCommandTest {

    @Test
    void aMissingPipelineIsBadInputAndNamed() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("studio", "no/such/pipeline.footfall.json");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/pipeline.footfall.json", "no such pipeline file");
    }

    @Test
    void theStudioCommandIsTheRealOneNotThePlaceholder() {
        var studio = Main.commandLine().getSubcommands().get("studio");
        assertThat((Object) studio.getCommand()).isInstanceOf(StudioCommand.class);
        assertThat(studio.getCommandSpec().positionalParameters()).singleElement()
                .satisfies(p -> assertThat(p.paramLabel()).isEqualTo("PIPELINE"));
    }
}
