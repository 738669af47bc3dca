package io.footfall.runtime.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.runtime.cli.FootfallSubcommand;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footfall export PIPELINE --server URL [--token-file F]}: store a pipeline on a pipeline server. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Send a pipeline to a pipeline server (it validates it first) and print its verdict.")
public final class ExportCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PIPELINE")
    Path pipelineFile;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "e.g. http://127.0.0.1:8080")
    URI server;

    @Option(names = "--token-file", paramLabel = "F", description = "A file whose first token line is sent as the bearer token.")
    Path tokenFile;

    @Option(names = "--start", description = "Start the pipeline once it is stored.")
    boolean start;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineDefinition pipeline;
        try {
            pipeline = PipelineJson.read(pipelineFile);
        } catch (PipelineFormatException e) {
            e.problems().forEach(p -> err.println("footfall export: " + pipelineFile + ": " + p));
            return 2;
        }
        if (!PipelineIds.isValid(pipeline.id())) {
            err.println("footfall export: " + pipelineFile + ": $.id '" + pipeline.id()
                    + "' cannot be a server id; use 1 to 64 of A-Z a-z 0-9 . _ -");
            return 2;
        }
        String token = null;
        if (tokenFile != null) {
            Optional<String> first = Files.readAllLines(tokenFile).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst();
            if (first.isEmpty()) {
                err.println("footfall export: --token-file " + tokenFile + " holds no token");
                return 2;
            }
            token = first.get();
        }
        ServerClient client = new ServerClient(server, token);
        try {
            ServerClient.Answer put = client.put(pipeline.id(), PipelineJson.toJson(pipeline));
            if (put.status() >= 400) {
                err.println("footfall export: the server refused '" + pipeline.id() + "' (" + put.status() + "): "
                        + put.body().path("message").asText());
                for (JsonNode p : put.body().path("problems")) {
                    err.println("  " + p.asText());
                }
                return put.status() < 500 ? 2 : 1;
            }
            out.println("footfall export: stored '" + pipeline.id() + "' as version " + put.body().path("version").asInt()
                    + " on " + server);
            for (JsonNode w : put.body().path("warnings")) {
                out.println("  warning: " + w.asText());
            }
            if (start) {
                ServerClient.Answer started = client.post(pipeline.id(), "start");
                if (started.status() >= 400) {
                    err.println("footfall export: the server could not start it (" + started.status() + "): "
                            + started.body().path("message").asText());
                    return started.status() < 500 ? 2 : 1;
                }
                out.println("footfall export: started; state " + started.body().path("state").asText());
            }
            return 0;
        } catch (ConnectException e) {
            err.println("footfall export: cannot reach " + server + ": connection refused");
            return 1;
        } catch (IOException e) {
            err.println("footfall export: cannot reach " + server + ": " + e.getMessage());
            return 1;
        }
    }
}
