package io.footfall.runtime.api;

/** What a stage type is; decides which palette group it sits in and how it connects. */
public enum StageKind { ORIGIN, PROCESSOR, DESTINATION, EXECUTOR }
