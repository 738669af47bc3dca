package io.footfall.runtime.server;

import io.footfall.runtime.cli.FootfallSubcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code footfall serve --port P --data DIR [--token-file F]}: the pipeline server (CONTRACT.md section 7). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The pipeline server: store, validate, run and watch pipelines over HTTP/JSON.",
                "Every call but GET /health needs Authorization: Bearer <a token from --token-file>."})
public final class ServeCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, description = "The port to listen on (0: any free port).")
    int port;

    @Option(names = "--host", description = "The address to listen on (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Where pipelines, their versions and run state are kept.")
    Path data;

    @Option(names = "--workspace", paramLabel = "DIR", description = "The folder relative paths in pipelines "
            + "(floorplans, input and output files) are resolved against (default: the data folder).")
    Path workspace;

    @Option(names = "--token-file", paramLabel = "F", description = "Bearer tokens, one per line.")
    Path tokenFile;

    @Option(names = "--insecure-no-auth", description = "Serve without any authentication (never on a shared network).")
    boolean insecure;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "Serve HTTPS with this certificate chain (PEM).")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "The certificate's private key (PKCS#8 PEM).")
    Path tlsKey;

    @Option(names = "--max-body", description = "The largest request body accepted, in bytes (default ${DEFAULT-VALUE}).")
    int maxBody = 10 * 1024 * 1024;

    @Option(names = "--read-timeout", description = "Seconds a client may stay silent mid-request (default ${DEFAULT-VALUE}).")
    int readTimeout = 30;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TokenAuthenticator auth;
        if (tokenFile == null) {
            if (!insecure) {
                err.println("footfall serve: no --token-file; refusing to start without authentication "
                        + "(give --insecure-no-auth to run without it anyway)");
                return 2;
            }
            err.println("footfall serve: WARNING: --insecure-no-auth: anyone who can reach port " + port
                    + " can store and run pipelines");
            auth = TokenAuthenticator.disabled();
        } else {
            try {
                auth = TokenAuthenticator.fromFile(tokenFile);
            } catch (IOException e) {
                err.println("footfall serve: --token-file: " + e.getMessage() + "; refusing to start");
                return 2;
            }
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            err.println("footfall serve: --tls-cert and --tls-key go together");
            return 2;
        }
        for (Path p : new Path[] {tlsCert, tlsKey}) {
            if (p != null && !Files.isRegularFile(p)) {
                err.println("footfall serve: " + p + " does not exist");
                return 2;
            }
        }
        Files.createDirectories(data);
        Path ws = workspace == null ? data.toAbsolutePath() : workspace.toAbsolutePath();
        PipelineServer server;
        try {
            server = new PipelineServer(new PipelineServer.Settings(host, port, data.toAbsolutePath(), ws, auth, tlsCert,
                    tlsKey, maxBody, readTimeout)).start();
        } catch (IOException e) {
            err.println("footfall serve: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "footfall-serve-shutdown"));
        out.printf("footfall serve: listening on %s://%s:%d (data in %s)%n", server.tls() ? "https" : "http", host,
                server.port(), data.toAbsolutePath());
        out.flush();
        server.awaitClose();
        return 0;
    }
}
