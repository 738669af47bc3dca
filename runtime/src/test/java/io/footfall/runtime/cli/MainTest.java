package io.footfall.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionNamesTheBuiltVersion() {
        assertThat(run("--version")).isZero();
        assertThat(Version.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(out.toString()).startsWith("footfall " + Version.get());
    }

    @Test
    void helpListsEveryContractCommand() {
        assertThat(run("--help")).isZero();
        for (ContractCommand c : ContractCommand.values()) {
            assertThat(out.toString()).contains(c.commandName());
        }
    }

    @Test
    void anUnknownOptionIsBadInput() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void aCommandNoModuleProvidesYetSaysWhichIssueBringsIt() {
        // The studio lives in the app module, which is never on the runtime's class path.
        assertThat(run("studio", "whatever.footfall.json")).isEqualTo(1);
        assertThat(err.toString()).contains("footfall studio: not available").contains("issue #10");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aRunNamingOneCommandBuildsOnlyThatCommand() {
        CommandLine cli = Main.commandLine("validate");
        assertThat(cli.getSubcommands().keySet()).containsExactly("validate");
        assertThat((Object) cli.getSubcommands().get("validate").getCommand()).isInstanceOf(ValidateCommand.class);
        // Options or a typo build every command, so help and suggestions still list them all.
        assertThat(Main.commandLine("--help").getSubcommands().keySet())
                .hasSize(Main.commandLine().getSubcommands().size())
                .contains("validate", "run", "studio");
        assertThat(Main.commandLine("valdate").getSubcommands()).hasSize(Main.commandLine().getSubcommands().size());
    }

    @Test
    void aSubcommandBuiltAloneStillParsesAndAnswers() {
        CommandLine cli = Main.commandLine("validate");
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("validate", "no-such-file.footfall.json")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-file.footfall.json");
    }
}
