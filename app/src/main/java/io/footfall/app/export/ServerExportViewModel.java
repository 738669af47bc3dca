package io.footfall.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.app.ui.UiExecutors;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.server.PipelineIds;
import io.footfall.runtime.server.ServerClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Export to a pipeline server (CONTRACT section 7) from the studio: the URL and token the user typed are checked,
 * the pipeline is PUT off the JavaFX thread, and the server's verdict is shown as it gave it — the stored version
 * and warnings, or the refusal with its list of problems — followed by the pipeline's run state on the server.
 * The URL (never the token) is remembered for the next export.
 */
public final class ServerExportViewModel {
    private static final String URL_KEY = "export.serverUrl";

    private final UiExecutors executors;
    private final Preferences prefs;
    private final StringProperty url = new SimpleStringProperty(this, "url");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty startAfterStore = new SimpleBooleanProperty(this, "startAfterStore");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper runState = new ReadOnlyStringWrapper(this, "runState", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    public ServerExportViewModel(UiExecutors executors, Preferences prefs) {
        this.executors = executors;
        this.prefs = prefs;
        url.set(prefs.get(URL_KEY, "http://127.0.0.1:8080"));
    }

    /** Checks the input, then stores (and optionally starts) the pipeline on the server in the background. */
    public void send(PipelineDefinition pipeline) {
        if (busy.get()) {
            return;
        }
        problems.clear();
        runState.set("");
        Optional<String> bad = checkInput(pipeline);
        if (bad.isPresent()) {
            show(true, bad.get(), List.of(), "");
            return;
        }
        URI base = URI.create(url.get().strip());
        prefs.put(URL_KEY, base.toString());
        String bearer = token.get() == null || token.get().isBlank() ? null : token.get().strip();
        boolean start = startAfterStore.get();
        String json = PipelineJson.toJson(pipeline);
        busy.set(true);
        verdict.set("Sending \"" + pipeline.id() + "\" to " + base + " …");
        failed.set(false);
        executors.background().execute(() -> {
            Result r = exchange(new ServerClient(base, bearer), base, pipeline.id(), json, start);
            executors.ui().execute(() -> {
                busy.set(false);
                show(r.failed, r.verdict, r.problems, r.state);
            });
        });
    }

    /** Asks the server for the pipeline's run state again. */
    public void refreshState(PipelineDefinition pipeline) {
        Optional<String> bad = checkInput(pipeline);
        if (bad.isPresent() || busy.get()) {
            bad.ifPresent(b -> show(true, b, List.of(), ""));
            return;
        }
        URI base = URI.create(url.get().strip());
        String bearer = token.get() == null || token.get().isBlank() ? null : token.get().strip();
        busy.set(true);
        executors.background().execute(() -> {
            String state;
            try {
                state = describeState(new ServerClient(base, bearer).get("/pipelines/" + pipeline.id() + "/status"));
            } catch (IOException e) {
                state = unreachable(base, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state = "interrupted";
            }
            String s = state;
            executors.ui().execute(() -> {
                busy.set(false);
                runState.set(s);
            });
        });
    }

    private Optional<String> checkInput(PipelineDefinition pipeline) {
        String u = url.get() == null ? "" : url.get().strip();
        if (u.isEmpty()) {
            return Optional.of("Server URL: enter the server's address, e.g. http://127.0.0.1:8080");
        }
        if (!(u.startsWith("http://") || u.startsWith("https://"))) {
            return Optional.of("Server URL '" + u + "': must start with http:// or https://");
        }
        try {
            URI uri = new URI(u);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return Optional.of("Server URL '" + u + "': must start with http:// or https://");
            }
            if (uri.getHost() == null) {
                return Optional.of("Server URL '" + u + "': has no host name");
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.of("Server URL '" + u + "': give only the server's address, without ? or #");
            }
        } catch (URISyntaxException e) {
            return Optional.of("Server URL '" + u + "': " + e.getReason() + " at character " + (e.getIndex() + 1));
        }
        if (!PipelineIds.isValid(pipeline.id())) {
            return Optional.of("The pipeline's id '" + pipeline.id()
                    + "' cannot be a server id; use 1 to 64 of A-Z a-z 0-9 . _ - (set it in the pipeline file)");
        }
        return Optional.empty();
    }

    private record Result(boolean failed, String verdict, List<String> problems, String state) {
    }

    private static Result exchange(ServerClient client, URI base, String id, String json, boolean start) {
        try {
            ServerClient.Answer put = client.put(id, json);
            if (put.status() >= 400) {
                List<String> problems = new ArrayList<>();
                put.body().path("problems").forEach(p -> problems.add(p.asText()));
                String why = put.status() == 401 ? "the token was not accepted" : put.body().path("message").asText();
                return new Result(true, "The server refused \"" + id + "\" (HTTP " + put.status() + "): " + why, problems, "");
            }
            List<String> warnings = new ArrayList<>();
            put.body().path("warnings").forEach(w -> warnings.add("warning: " + w.asText()));
            String stored = "Valid; stored \"" + id + "\" as version " + put.body().path("version").asInt() + " on " + base;
            if (start) {
                ServerClient.Answer started = client.post(id, "start");
                if (started.status() >= 400) {
                    return new Result(true, stored + ", but the server could not start it (HTTP " + started.status() + "): "
                            + started.body().path("message").asText(), warnings, "");
                }
            }
            return new Result(false, stored, warnings, describeState(client.get("/pipelines/" + id + "/status")));
        } catch (IOException e) {
            return new Result(true, unreachable(base, e), List.of(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(true, "Interrupted while talking to " + base, List.of(), "");
        }
    }

    private static String describeState(ServerClient.Answer status) {
        if (status.status() >= 400) {
            return "unknown (HTTP " + status.status() + ": " + status.body().path("message").asText() + ")";
        }
        JsonNode b = status.body();
        StringBuilder s = new StringBuilder(b.path("state").asText("unknown"));
        if (b.has("batches")) {
            s.append(" · ").append(b.path("batches").asLong()).append(" batches, ")
                    .append(b.path("errorRecords").asLong()).append(" error records");
        }
        if (b.hasNonNull("message")) {
            s.append(" · ").append(b.path("message").asText());
        }
        return s.toString();
    }

    private static String unreachable(URI base, IOException e) {
        if (e instanceof ConnectException) {
            return "Cannot reach " + base + ": connection refused (is `footfall serve` running there?)";
        }
        if (e instanceof HttpTimeoutException) {
            return "Cannot reach " + base + ": no answer in time";
        }
        return "Cannot reach " + base + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void show(boolean isFailure, String text, List<String> list, String state) {
        failed.set(isFailure);
        verdict.set(text);
        problems.setAll(list);
        runState.set(state);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public BooleanProperty startAfterStoreProperty() {
        return startAfterStore;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last verdict was a refusal or an error. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** What the server said, in a sentence. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The problems of a refused pipeline (one per line as the server listed them), or the warnings of a stored one. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The pipeline's state on the server (NOT_RUN, RUNNING, …), empty before the first answer. */
    public ReadOnlyStringProperty runStateProperty() {
        return runState.getReadOnlyProperty();
    }
}
