package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A pipeline parameter, referenced as {@code ${name}} in configuration values and set with {@code --param}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "default", "description"})
public record ParameterDefinition(String name, @JsonProperty("default") String defaultValue, String description) {
}
