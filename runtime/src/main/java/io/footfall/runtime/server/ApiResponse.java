package io.footfall.runtime.server;

import com.fasterxml.jackson.databind.JsonNode;

/** What the API answers: a status and a JSON body. */
public record ApiResponse(int status, JsonNode body) {
}
