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
        return commandLine(args.length > 0 ? args[0] : null).execute(args);
    }

    /** The whole CLI, every subcommand built. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The CLI for a run whose first argument is {@code first}: when that names a subcommand, only that one is
     * built. Picocli reflects over every option of every subcommand it is given, and loading all of them
     * (Spark's, the server's, the simulator's) cost the studio some 0.5 s of CPU before its window started
     * (BENCHMARKS.md "studio start-up"). Anything else (options, help, a typo) builds them all, so help and
     * suggestions list every command.
     */
    static CommandLine commandLine(String first) {
        String only = first != null && isSubcommandName(first) ? first : null;
        CommandLine cli = new CommandLine(new Main());
        Map<String, Object> provided = new LinkedHashMap<>();
        for (ServiceLoader.Provider<FootfallSubcommand> provider
                : ServiceLoader.load(FootfallSubcommand.class).stream().toList()) {
            if (only != null && !only.equals(declaredName(provider.type()))) {
                continue;
            }
            CommandLine subLine = new CommandLine(provider.get());
            provided.put(subLine.getCommandName(), subLine);
        }
        for (ContractCommand c : ContractCommand.inHelpOrder()) {
            if (only != null && !only.equals(c.commandName())) {
                continue;
            }
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

    private static boolean isSubcommandName(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        for (ContractCommand c : ContractCommand.inHelpOrder()) {
            if (c.commandName().equals(arg)) {
                return true;
            }
        }
        return ServiceLoader.load(FootfallSubcommand.class).stream().anyMatch(p -> arg.equals(declaredName(p.type())));
    }

    /** The name in a subcommand's {@code @Command}, read without creating the command. */
    private static String declaredName(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        return command == null ? null : command.name();
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
