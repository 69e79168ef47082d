package dev.fakecloud.lambda.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of one resource's policy in the order they were added, and the revision that changes with every
 * addition or removal. Immutable: changes return a new policy.
 */
public record ResourcePolicy(List<PolicyStatement> statements, String revisionId) {

    public ResourcePolicy {
        statements = List.copyOf(statements);
    }

    public Optional<PolicyStatement> statement(String sid) {
        return statements.stream().filter(s -> s.sid().equals(sid)).findFirst();
    }

    public ResourcePolicy with(PolicyStatement statement, String newRevision) {
        List<PolicyStatement> copy = new ArrayList<>(statements);
        copy.add(statement);
        return new ResourcePolicy(copy, newRevision);
    }

    public ResourcePolicy without(String sid, String newRevision) {
        return new ResourcePolicy(statements.stream().filter(s -> !s.sid().equals(sid)).toList(), newRevision);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public String documentJson() {
        return PolicyJson.write(PolicyDocument.of(statements));
    }
}
