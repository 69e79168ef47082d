package dev.fakecloud.gateway;

import java.util.Objects;

/**
 * What an operation of a REST service answers, before the service's codec writes it: a model shape (a record the
 * codec serialises with the operation's success status), nothing (the success status and an empty body), or a
 * response the operation built itself (its own status, headers and body, e.g. an Invoke's payload or an event
 * stream). Dispatchers switch over it; the compiler sees that every case is rendered.
 */
public sealed interface Reply {

    /** A model shape: written by the service's codec with the operation's success status. */
    record Model(Record body) implements Reply {
        public Model {
            Objects.requireNonNull(body, "a model reply needs a body; answer Reply.empty() for none");
        }
    }

    /** No body: the operation's success status alone. */
    record Empty() implements Reply {
    }

    /** A response the operation built itself, sent as it is. */
    record Raw(AwsResponse response) implements Reply {
        public Raw {
            Objects.requireNonNull(response, "a raw reply needs a response");
        }
    }

    static Reply model(Record body) {
        return new Model(body);
    }

    static Reply empty() {
        return new Empty();
    }

    static Reply raw(AwsResponse response) {
        return new Raw(response);
    }
}
