package io.footfall.runtime.cli;

/**
 * A {@code footfall} subcommand contributed by a module. Implementations are picocli {@code @Command}
 * classes registered in {@code META-INF/services/io.footfall.runtime.cli.FootfallSubcommand}, so the
 * simulator, Spark and studio modules add their commands without the runtime knowing them.
 * Return an exit code from {@code call()}: 0 success, 2 bad input, 1 internal failure.
 */
public interface FootfallSubcommand extends java.util.concurrent.Callable<Integer> {
}
