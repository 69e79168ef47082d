package dev.fakecloud.lambda.policy.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.lambda.error.PolicyLengthExceededException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One resource's policy document: its statements in the order they were added (those Lambda writes for
 * AddPermission and those a caller put whole with PutResourcePolicy, which IAM lets take any shape) and the
 * revision that changes with every change. Immutable: changes return a new policy; statement nodes are never
 * modified once stored.
 */
public record ResourcePolicy(String version, String id, List<JsonNode> statements, String revisionId) {

    /** The most a resource policy document may hold, in bytes. */
    public static final int MAX_SIZE = 20480;

    public ResourcePolicy {
        statements = List.copyOf(statements);
    }

    public ResourcePolicy(List<JsonNode> statements, String revisionId) {
        this("2012-10-17", "default", statements, revisionId);
    }

    public Optional<JsonNode> statement(String sid) {
        return statements.stream().filter(s -> sid.equals(s.path("Sid").asText(null))).findFirst();
    }

    /** This policy with one more statement; fails as AWS does when the document would grow past its limit. */
    public ResourcePolicy with(PolicyStatement statement, String newRevision) {
        List<JsonNode> copy = new ArrayList<>(statements);
        copy.add(PolicyJson.tree(statement));
        return checked(new ResourcePolicy(version, id, copy, newRevision));
    }

    public ResourcePolicy without(String sid, String newRevision) {
        return new ResourcePolicy(version, id,
                statements.stream().filter(s -> !sid.equals(s.path("Sid").asText(null))).toList(), newRevision);
    }

    /** A whole document as a caller put it ({@code Statement} may be one statement or a list). */
    public static ResourcePolicy of(ObjectNode document, String revision) {
        JsonNode statement = document.path("Statement");
        List<JsonNode> statements = new ArrayList<>();
        if (statement.isArray()) {
            statement.forEach(statements::add);
        } else if (statement.isObject()) {
            statements.add(statement);
        }
        return checked(new ResourcePolicy(document.path("Version").asText("2012-10-17"),
                document.hasNonNull("Id") ? document.get("Id").asText() : null, statements, revision));
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public String documentJson() {
        ObjectNode doc = PolicyJson.objectNode();
        doc.put("Version", version);
        if (id != null) {
            doc.put("Id", id);
        }
        ArrayNode list = doc.putArray("Statement");
        statements.forEach(list::add);
        return PolicyJson.write(doc);
    }

    private static ResourcePolicy checked(ResourcePolicy policy) {
        int size = policy.documentJson().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_SIZE) {
            throw new PolicyLengthExceededException("The final policy size (" + size + ") is bigger than the limit ("
                    + MAX_SIZE + ").");
        }
        return policy;
    }
}
