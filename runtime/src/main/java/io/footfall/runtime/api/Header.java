package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's header: where it came from, which stages it passed, why it failed, free attributes. Every record
 * has one, so its parts are created only when used: the attribute map on the first attribute, the source id
 * of a numbered source (file::line) on the first call to {@link #sourceId()}.
 */
public final class Header {
    private static final String[] NO_STAGES = {};

    private String sourceId;
    /** With {@link #sourceNumber}, the parts of a source id not built yet ({@code prefix + number}). */
    private final String sourcePrefix;
    private final long sourceNumber;
    private String[] stagesPassed = NO_STAGES;
    private int stageCount;
    private Map<String, String> attributes;
    private String errorCode;
    private String errorMessage;
    private String errorStage;
    private long errorTimestamp;

    public Header(String sourceId) {
        this.sourceId = sourceId;
        this.sourcePrefix = null;
        this.sourceNumber = 0;
    }

    /** A header whose source id is {@code prefix + number} (e.g. {@code file.jsonl::42}), built when first asked for. */
    public Header(String sourcePrefix, long sourceNumber) {
        this.sourcePrefix = sourcePrefix;
        this.sourceNumber = sourceNumber;
    }

    public String sourceId() {
        String id = sourceId;
        if (id == null && sourcePrefix != null) {
            id = sourcePrefix + sourceNumber;
            sourceId = id;
        }
        return id;
    }

    public List<String> stagesPassed() {
        return Collections.unmodifiableList(java.util.Arrays.asList(stagesPassed).subList(0, stageCount));
    }

    public void passedStage(String stageInstance) {
        if (stageCount == stagesPassed.length) {
            // 8 at first: an analytics sighting passes five or six stages, and growing costs a copy per record.
            stagesPassed = java.util.Arrays.copyOf(stagesPassed, Math.max(8, stageCount * 2));
        }
        stagesPassed[stageCount++] = stageInstance;
    }

    public String attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public void setAttribute(String name, String value) {
        if (value == null) {
            if (attributes != null) {
                attributes.remove(name);
            }
        } else {
            if (attributes == null) {
                attributes = new LinkedHashMap<>(4);
            }
            attributes.put(name, value);
        }
    }

    public Map<String, String> attributes() {
        return attributes == null ? Map.of() : Collections.unmodifiableMap(attributes);
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
        Header h = sourceId == null && sourcePrefix != null
                ? new Header(sourcePrefix, sourceNumber) : new Header(sourceId);
        h.stagesPassed = stageCount == 0 ? NO_STAGES : java.util.Arrays.copyOf(stagesPassed, stageCount);
        h.stageCount = stageCount;
        h.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
        h.errorCode = errorCode;
        h.errorMessage = errorMessage;
        h.errorStage = errorStage;
        h.errorTimestamp = errorTimestamp;
        return h;
    }
}
