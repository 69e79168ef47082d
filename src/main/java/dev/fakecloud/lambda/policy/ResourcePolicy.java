package dev.fakecloud.lambda.policy;

import dev.fakecloud.lambda.error.PolicyLengthExceededException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of one resource's policy in the order they were added, and the revision that changes with every
 * addition or removal. Immutable: changes return a new policy.
 */
public record ResourcePolicy(List<PolicyStatement> statements, String revisionId) {

    /** The most a resource policy document may hold, in bytes. */
    public static final int MAX_SIZE = 20480;

    public ResourcePolicy {
        statements = List.copyOf(statements);
    }

    public Optional<PolicyStatement> statement(String sid) {
        return statements.stream().filter(s -> s.sid().equals(sid)).findFirst();
    }

    /** This policy with one more statement; fails as AWS does when the document would grow past its limit. */
    public ResourcePolicy with(PolicyStatement statement, String newRevision) {
        List<PolicyStatement> copy = new ArrayList<>(statements);
        copy.add(statement);
        ResourcePolicy grown = new ResourcePolicy(copy, newRevision);
        int size = grown.documentJson().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_SIZE) {
            throw new PolicyLengthExceededException("The final policy size (" + size + ") is bigger than the limit ("
                    + MAX_SIZE + ").");
        }
        return grown;
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
