package dev.fakecloud.events;

import dev.fakecloud.core.Scope;

/** Who is calling: the account and region every resource of the request lives in. */
public record EventsCall(String accountId, String region) {

    public Scope scope() {
        return new Scope(accountId, region);
    }

    /** {@code arn:aws:events:<region>:<account>:<resource>}. */
    public String arn(String resource) {
        return "arn:aws:events:" + region + ":" + accountId + ":" + resource;
    }
}
