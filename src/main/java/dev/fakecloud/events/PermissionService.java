package dev.fakecloud.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.EventsShapes.PutPermissionRequest;
import dev.fakecloud.events.model.EventsShapes.RemovePermissionRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bus's resource policy: PutPermission adds a statement (or replaces the whole policy), RemovePermission takes one
 * out (or all). Written as AWS writes it, one statement per principal.
 */
@ApplicationScoped
public class PermissionService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BusService buses;

    public PermissionService(BusService buses) {
        this.buses = buses;
    }

    void put(EventsCall call, PutPermissionRequest r) {
        Validation.start().length(r.eventBusName(), "eventBusName", 1, 256)
                .pattern(r.eventBusName(), "eventBusName", Names.NON_PARTNER_BUS_NAME)
                .length(r.action(), "action", 1, 64).pattern(r.action(), "action", Names.ACTION)
                .length(r.principal(), "principal", 1, 12).pattern(r.principal(), "principal", Names.PRINCIPAL)
                .length(r.statementId(), "statementId", 1, 64)
                .pattern(r.statementId(), "statementId", Names.STATEMENT_ID).throwIfInvalid();
        EventBus bus = buses.resolve(call, r.eventBusName());
        if (r.policy() != null) {
            try {
                JsonNode policy = JSON.readTree(r.policy());
                if (!policy.isObject()) {
                    throw EventsErrors.invalidParameter("Policy", "The policy is not a JSON object.");
                }
                buses.setPolicy(bus, JSON.writeValueAsString(policy));
            } catch (JsonProcessingException e) {
                throw EventsErrors.invalidParameter("Policy", "The policy is not valid JSON.");
            }
            return;
        }
        if (r.action() == null || r.principal() == null || r.statementId() == null) {
            throw EventsErrors.validation("Parameter(s) Action, Principal and StatementId must be specified.");
        }
        if (!"events:PutEvents".equals(r.action())) {
            throw EventsErrors.invalidParameter("Action", "Only events:PutEvents is supported.");
        }
        ObjectNode policy = read(bus.policy());
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        for (JsonNode s : statements) {
            if (r.statementId().equals(s.path("Sid").asText())) {
                throw EventsErrors.alreadyExists("Statement with the provided id already exists.");
            }
        }
        ObjectNode statement = statements.addObject();
        statement.put("Sid", r.statementId());
        statement.put("Effect", "Allow");
        if ("*".equals(r.principal())) {
            statement.put("Principal", "*");
        } else {
            statement.putObject("Principal").put("AWS", "arn:aws:iam::" + r.principal() + ":root");
        }
        statement.put("Action", r.action());
        statement.put("Resource", bus.arn());
        if (r.condition() != null) {
            statement.putObject("Condition").putObject(r.condition().type())
                    .put(r.condition().key(), r.condition().value());
        }
        buses.setPolicy(bus, policy.toString());
    }

    void remove(EventsCall call, RemovePermissionRequest r) {
        Validation.start().length(r.statementId(), "statementId", 1, 64)
                .pattern(r.statementId(), "statementId", Names.STATEMENT_ID)
                .length(r.eventBusName(), "eventBusName", 1, 256)
                .pattern(r.eventBusName(), "eventBusName", Names.NON_PARTNER_BUS_NAME).throwIfInvalid();
        EventBus bus = buses.resolve(call, r.eventBusName());
        if (Boolean.TRUE.equals(r.removeAllPermissions())) {
            buses.setPolicy(bus, null);
            return;
        }
        if (r.statementId() == null) {
            throw EventsErrors.validation("Parameter StatementId must be specified.");
        }
        ObjectNode policy = read(bus.policy());
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        for (int i = 0; i < statements.size(); i++) {
            if (r.statementId().equals(statements.get(i).path("Sid").asText())) {
                statements.remove(i);
                buses.setPolicy(bus, statements.isEmpty() ? null : policy.toString());
                return;
            }
        }
        throw EventsErrors.notFound("Statement with the provided id does not exist.");
    }

    private static ObjectNode read(String policy) {
        if (policy != null) {
            try {
                JsonNode node = JSON.readTree(policy);
                if (node.isObject() && node.path("Statement").isArray()) {
                    return (ObjectNode) node;
                }
            } catch (JsonProcessingException e) {
                // a policy that cannot be read is replaced
            }
        }
        ObjectNode fresh = JSON.createObjectNode();
        fresh.put("Version", "2012-10-17");
        fresh.putArray("Statement");
        return fresh;
    }
}
