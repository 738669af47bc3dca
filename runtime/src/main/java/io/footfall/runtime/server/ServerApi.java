package io.footfall.runtime.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.footfall.runtime.Version;
import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline server's HTTP/JSON API (CONTRACT.md section 7), independent of the HTTP library:
 * a method, a path, a query, a body and the Authorization header in; a status and JSON out.
 */
public final class ServerApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PipelineStore store;
    private final PipelineSupervisor supervisor;
    private final TokenAuthenticator auth;

    public ServerApi(PipelineStore store, PipelineSupervisor supervisor, TokenAuthenticator auth) {
        this.store = store;
        this.supervisor = supervisor;
        this.auth = auth;
    }

    public ApiResponse handle(String method, String path, String query, String body, String authorization) {
        try {
            return route(method, path, query, body, authorization);
        } catch (ApiException e) {
            ObjectNode error = JSON.createObjectNode().put("message", e.getMessage());
            if (!e.problems().isEmpty()) {
                ArrayNode problems = error.putArray("problems");
                e.problems().forEach(problems::add);
            }
            return new ApiResponse(e.status(), error);
        } catch (IOException e) {
            return new ApiResponse(500, JSON.createObjectNode().put("message", "storage failed: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ApiResponse(503, JSON.createObjectNode().put("message", "the server is shutting down"));
        } catch (RuntimeException e) {
            return new ApiResponse(500, JSON.createObjectNode().put("message", "internal error: " + e));
        }
    }

    private ApiResponse route(String method, String path, String query, String body, String authorization)
            throws ApiException, IOException, InterruptedException {
        if (path.equals("/health") && method.equals("GET")) {
            return ok(JSON.createObjectNode().put("status", "ok").put("version", Version.get()));
        }
        if (!auth.accepts(authorization)) {
            throw new ApiException(401, authorization == null ? "missing Authorization: Bearer <token>" : "invalid token");
        }
        List<String> parts = List.of(path.replaceAll("^/+|/+$", "").split("/", -1));
        if (parts.isEmpty() || !parts.get(0).equals("pipelines")) {
            throw new ApiException(404, "no such resource: " + path);
        }
        if (parts.size() == 1) {
            require(method, "GET", path);
            return list();
        }
        String id = PipelineIds.require(parts.get(1));
        if (parts.size() == 2) {
            return switch (method) {
                case "GET" -> get(id, query);
                case "PUT" -> put(id, body);
                case "DELETE" -> delete(id);
                default -> throw new ApiException(405, method + " is not allowed on " + path);
            };
        }
        if (parts.size() == 3) {
            switch (parts.get(2)) {
                case "start" -> {
                    require(method, "POST", path);
                    requireStored(id);
                    return ok(statusJson(id, supervisor.start(id), store.latestVersion(id), null));
                }
                case "stop" -> {
                    require(method, "POST", path);
                    requireStored(id);
                    supervisor.stop(id, true);
                    return status(id);
                }
                case "status" -> {
                    require(method, "GET", path);
                    requireStored(id);
                    return status(id);
                }
                default -> throw new ApiException(404, "no such resource: " + path);
            }
        }
        throw new ApiException(404, "no such resource: " + path);
    }

    private static void require(String method, String wanted, String path) throws ApiException {
        if (!method.equals(wanted)) {
            throw new ApiException(405, method + " is not allowed on " + path + "; use " + wanted);
        }
    }

    private void requireStored(String id) throws ApiException {
        if (store.latestVersion(id) == 0) {
            throw new ApiException(404, "no pipeline '" + id + "'");
        }
    }

    private ApiResponse list() throws IOException {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode pipelines = out.putArray("pipelines");
        for (String id : store.ids()) {
            ObjectNode p = pipelines.addObject().put("id", id).put("version", store.latestVersion(id));
            p.put("state", supervisor.status(id).map(s -> s.metrics().state().name()).orElse("NOT_RUN"));
        }
        return ok(out);
    }

    private ApiResponse get(String id, String query) throws ApiException, IOException {
        Integer version = null;
        if (query != null && !query.isEmpty()) {
            for (String kv : query.split("&")) {
                if (kv.startsWith("version=")) {
                    try {
                        version = Integer.parseInt(kv.substring(8));
                    } catch (NumberFormatException e) {
                        throw new ApiException(400, "version must be a whole number, not '" + kv.substring(8) + "'");
                    }
                }
            }
        }
        try {
            Optional<PipelineDefinition> p = store.get(id, version);
            if (p.isEmpty()) {
                throw new ApiException(404, version == null ? "no pipeline '" + id + "'"
                        : "pipeline '" + id + "' has no version " + version);
            }
            return ok(JSON.readTree(PipelineJson.toJson(p.get())));
        } catch (PipelineFormatException e) {
            throw new ApiException(500, "stored pipeline '" + id + "' cannot be read: " + e.getMessage());
        }
    }

    private ApiResponse put(String id, String body) throws ApiException, IOException {
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "the request has no body; send a footfall-pipeline/1 JSON document");
        }
        PipelineDefinition pipeline;
        try {
            pipeline = PipelineJson.parse(body, "request body");
        } catch (PipelineFormatException e) {
            boolean notJson = e.problems().stream().anyMatch(p -> p.startsWith("not valid JSON") || p.startsWith("$ must be"));
            throw new ApiException(notJson ? 400 : 422, e.getMessage(), e.problems());
        }
        if (pipeline.id() != null && !pipeline.id().equals(id)) {
            throw new ApiException(422, "the body's id '" + pipeline.id() + "' differs from the URL's '" + id + "'",
                    List.of("$.id is '" + pipeline.id() + "', expected '" + id + "'"));
        }
        ValidationResult v = supervisor.validate(pipeline);
        if (!v.isValid()) {
            throw new ApiException(422, "pipeline '" + id + "' is not valid: " + v.errors().size() + " problem(s)",
                    v.errors().stream().map(Object::toString).toList());
        }
        boolean created = store.latestVersion(id) == 0;
        int version = store.put(id, pipeline);
        ObjectNode out = JSON.createObjectNode().put("id", id).put("version", version).put("valid", true);
        ArrayNode warnings = out.putArray("warnings");
        v.warnings().forEach(w -> warnings.add(w.toString()));
        return new ApiResponse(created ? 201 : 200, out);
    }

    private ApiResponse delete(String id) throws ApiException, IOException, InterruptedException {
        requireStored(id);
        supervisor.stop(id, true);
        store.delete(id);
        supervisor.forget(id);
        return ok(JSON.createObjectNode().put("id", id).put("deleted", true));
    }

    private ApiResponse status(String id) {
        Optional<PipelineSupervisor.Status> s = supervisor.status(id);
        if (s.isEmpty()) {
            ObjectNode out = JSON.createObjectNode().put("id", id).put("state", "NOT_RUN")
                    .put("version", store.latestVersion(id));
            out.putArray("stages");
            return ok(out);
        }
        return ok(statusJson(id, s.get().metrics(), s.get().version(), s.get().message()));
    }

    private static ObjectNode statusJson(String id, PipelineMetrics m, int version, String message) {
        ObjectNode out = JSON.createObjectNode().put("id", id).put("state", m.state().name());
        if (version > 0) {
            out.put("version", version);
        }
        out.put("startedAt", m.startedAtMillis()).put("elapsedMillis", m.elapsedMillis()).put("batches", m.batches())
                .put("errorRecords", m.errorRecords());
        if (m.committedOffset() != null) {
            out.put("committedOffset", m.committedOffset());
        }
        if (message != null) {
            out.put("message", message);
        }
        ArrayNode stages = out.putArray("stages");
        for (StageMetricsSnapshot s : m.stages()) {
            stages.addObject().put("name", s.name()).put("type", s.type()).put("recordsIn", s.recordsIn())
                    .put("recordsOut", s.recordsOut()).put("recordsError", s.recordsError())
                    .put("recordsPerSecond", s.recordsPerSecond()).put("latencyP50Micros", s.latencyP50Micros())
                    .put("latencyP99Micros", s.latencyP99Micros());
        }
        return out;
    }

    private static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    static String toJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
