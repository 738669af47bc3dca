package io.footfall.runtime.cli;

import io.footfall.runtime.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of {@code ./footfall}: the CLI of CONTRACT.md section 5. */
@Command(name = "footfall", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Footfall Studio: design, run and score foot-traffic data pipelines.",
        footer = {"", "Exit status: 0 success; 2 bad input or failed validation; 1 internal failure."})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI in this JVM and returns the exit status (used by tests and the studio). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        Map<String, Object> provided = new LinkedHashMap<>();
        for (FootfallSubcommand sub : ServiceLoader.load(FootfallSubcommand.class)) {
            CommandLine subLine = new CommandLine(sub);
            provided.put(subLine.getCommandName(), subLine);
        }
        for (ContractCommand c : ContractCommand.inHelpOrder()) {
            Object sub = provided.remove(c.commandName());
            if (sub == null) {
                CommandLine pending = new CommandLine(new PendingCommand(c));
                pending.getCommandSpec().usageMessage().description(c.summary() + " (arrives with issue #" + c.issue() + ")");
                sub = pending;
            }
            cli.addSubcommand(c.commandName(), sub);
        }
        provided.forEach(cli::addSubcommand);
        cli.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("footfall " + line.getCommandName() + ": internal error: " + ex);
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"footfall " + Version.get()
                    + " (Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ")"};
        }
    }
}
