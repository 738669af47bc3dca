package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A record's header: where it came from, which stages it passed, why it failed, free attributes. */
public final class Header {
    private final String sourceId;
    private final List<String> stagesPassed;
    private final Map<String, String> attributes;
    private String errorCode;
    private String errorMessage;
    private String errorStage;
    private long errorTimestamp;

    public Header(String sourceId) {
        this(sourceId, new ArrayList<>(4), new LinkedHashMap<>(4));
    }

    private Header(String sourceId, List<String> stagesPassed, Map<String, String> attributes) {
        this.sourceId = sourceId;
        this.stagesPassed = stagesPassed;
        this.attributes = attributes;
    }

    public String sourceId() {
        return sourceId;
    }

    public List<String> stagesPassed() {
        return Collections.unmodifiableList(stagesPassed);
    }

    public void passedStage(String stageInstance) {
        stagesPassed.add(stageInstance);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public void setAttribute(String name, String value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public boolean hasError() {
        return errorCode != null;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String errorStage() {
        return errorStage;
    }

    public long errorTimestamp() {
        return errorTimestamp;
    }

    public void setError(String stage, String code, String message, long timestamp) {
        this.errorStage = stage;
        this.errorCode = code;
        this.errorMessage = message;
        this.errorTimestamp = timestamp;
    }

    Header copy() {
        Header h = new Header(sourceId, new ArrayList<>(stagesPassed), new LinkedHashMap<>(attributes));
        h.errorCode = errorCode;
        h.errorMessage = errorMessage;
        h.errorStage = errorStage;
        h.errorTimestamp = errorTimestamp;
        return h;
    }
}
