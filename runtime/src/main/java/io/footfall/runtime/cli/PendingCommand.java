package io.footfall.runtime.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Stands in for a contract command that no module on the classpath provides yet: says so, exit 1. */
@CommandLine.Command(mixinStandardHelpOptions = false)
final class PendingCommand implements Callable<Integer> {
    private final ContractCommand command;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> ignoredArguments;

    PendingCommand(ContractCommand command) {
        this.command = command;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("footfall %s: not available in this build yet; it arrives with issue #%d (%s)%n",
                command.commandName(), command.issue(), command.summary());
        err.flush();
        return 1;
    }
}
