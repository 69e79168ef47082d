package dev.fakecloud.lambda.esm;

/**
 * Fired when a mapping is created, changed (a new revision: settings, Enabled, state) or removed, so that pollers
 * follow at once. Processing results, which change no revision, fire nothing.
 */
public record EventSourceMappingChanged(EventSourceMapping mapping) {
}
