package io.footfall.runtime.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small JSON helpers for error bodies. */
final class ServerJson {
    private ServerJson() {
    }

    static ObjectNode message(String message) {
        return JsonNodeFactory.instance.objectNode().put("message", message);
    }
}
