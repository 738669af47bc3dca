package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Records leaving stage {@code from} on output lane {@code lane} enter stage {@code to}. */
@JsonPropertyOrder({"from", "lane", "to"})
public record Edge(String from, String lane, String to) {
}
