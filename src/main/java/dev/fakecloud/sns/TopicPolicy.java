package dev.fakecloud.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** A topic's access policy: the default one, and AddPermission/RemovePermission statements. */
final class TopicPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ACTIONS = Set.of("GetTopicAttributes", "SetTopicAttributes", "AddPermission",
            "RemovePermission", "DeleteTopic", "Subscribe", "ListSubscriptionsByTopic", "Publish", "Receive");

    private TopicPolicy() {
    }

    static String defaultPolicy(String topicArn, String accountId) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
                + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + "\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\",\"SNS:AddPermission\","
                + "\"SNS:RemovePermission\",\"SNS:DeleteTopic\",\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\","
                + "\"SNS:Publish\"],\"Resource\":\"" + topicArn + "\",\"Condition\":{\"StringEquals\":{"
                + "\"AWS:SourceOwner\":\"" + accountId + "\"}}}]}";
    }

    /** The policy with a statement labelled {@code label} allowing the accounts the actions. */
    static String withPermission(String policy, String topicArn, String label, List<String> accounts,
            List<String> actions) {
        for (String action : actions) {
            if (!ACTIONS.contains(action)) {
                throw SnsErrors.invalidParameter("Policy statement action out of service scope!");
            }
        }
        ObjectNode doc = read(policy);
        ArrayNode statements = statements(doc);
        for (JsonNode s : statements) {
            if (label.equals(s.path("Sid").asText(null))) {
                throw SnsErrors.invalidParameter("Statement already exists");
            }
        }
        ObjectNode statement = statements.addObject();
        statement.put("Sid", label);
        statement.put("Effect", "Allow");
        ObjectNode principal = statement.putObject("Principal");
        if (accounts.size() == 1) {
            principal.put("AWS", "arn:aws:iam::" + accounts.get(0) + ":root");
        } else {
            ArrayNode list = principal.putArray("AWS");
            accounts.forEach(a -> list.add("arn:aws:iam::" + a + ":root"));
        }
        if (actions.size() == 1) {
            statement.put("Action", "SNS:" + actions.get(0));
        } else {
            ArrayNode list = statement.putArray("Action");
            actions.forEach(a -> list.add("SNS:" + a));
        }
        statement.put("Resource", topicArn);
        return doc.toString();
    }

    /** The policy without the statement labelled {@code label} (unchanged when there is none). */
    static String withoutPermission(String policy, String label) {
        ObjectNode doc = read(policy);
        ArrayNode statements = statements(doc);
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (label.equals(statements.get(i).path("Sid").asText(null))) {
                statements.remove(i);
            }
        }
        return doc.toString();
    }

    private static ObjectNode read(String policy) {
        try {
            return (ObjectNode) JSON.readTree(policy);
        } catch (java.io.IOException | ClassCastException e) {
            throw SnsErrors.invalidParameter("Policy");
        }
    }

    private static ArrayNode statements(ObjectNode doc) {
        JsonNode s = doc.get("Statement");
        if (s instanceof ArrayNode array) {
            return array;
        }
        ArrayNode array = doc.putArray("Statement");
        if (s != null && s.isObject()) {
            array.add(s);
        }
        return array;
    }
}
