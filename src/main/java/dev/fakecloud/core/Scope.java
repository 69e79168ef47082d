package dev.fakecloud.core;

/** The account and region a request acts in; every resource lives in exactly one scope. */
public record Scope(String accountId, String region) {
}
