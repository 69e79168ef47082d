package dev.fakecloud.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.sns.filter.FilterPolicy;
import dev.fakecloud.sns.filter.FilterPolicy.Scope;
import dev.fakecloud.sns.filter.InvalidFilterPolicyException;
import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SNS's filter policies: its own validation wording and its attribute and body matching rules. */
class FilterPolicyTest {

    static MessageAttributeValue string(String v) {
        return new MessageAttributeValue("String", v, null);
    }

    static MessageAttributeValue number(String v) {
        return new MessageAttributeValue("Number", v, null);
    }

    static boolean attributes(String policy, Map<String, MessageAttributeValue> attributes) {
        return FilterPolicy.parse(policy, Scope.MESSAGE_ATTRIBUTES).matches(attributes, "ignored");
    }

    static boolean body(String policy, String body) {
        return FilterPolicy.parse(policy, Scope.MESSAGE_BODY).matches(Map.of(), body);
    }

    static void refused(String policy, String reason) {
        assertThatThrownBy(() -> FilterPolicy.parse(policy, Scope.MESSAGE_ATTRIBUTES))
                .isInstanceOf(InvalidFilterPolicyException.class).hasMessage(reason);
    }

    @Test
    void numbersMatchNumberAttributesNumerically() {
        String policy = "{\"attr1\": [{\"numeric\": [\">\", 0, \"<=\", 100]}]}";
        assertThat(attributes(policy, Map.of("attr1", number("99.12")))).isTrue();
        assertThat(attributes(policy, Map.of("attr1", number("111")))).isFalse();
        assertThat(attributes(policy, Map.of("attr1", string("99")))).as("a String attribute is no number").isFalse();
        assertThat(attributes("{\"n\": [100]}", Map.of("n", number("1e2")))).isTrue();
        assertThat(attributes(policy, Map.of())).isFalse();
    }

    @Test
    void stringArraysMatchWhenAnElementDoes() {
        String policy = "{\"store\": [\"value1\"]}";
        assertThat(attributes(policy, Map.of("store", new MessageAttributeValue("String.Array",
                "[\"value1\", \"value2\"]", null)))).isTrue();
        assertThat(attributes(policy, Map.of("store", new MessageAttributeValue("String.Array",
                "[\"value2\", \"value3\"]", null)))).isFalse();
        assertThat(attributes(policy, Map.of("store", string("value1")))).isTrue();
    }

    @Test
    void existsAnythingButAndBinaryAttributes() {
        assertThat(attributes("{\"store\": [{\"exists\": false}]}", Map.of("def", number("99")))).isTrue();
        assertThat(attributes("{\"store\": [{\"exists\": true}]}", Map.of("store", number("99")))).isTrue();
        assertThat(attributes("{\"attr1\": [null, {\"anything-but\": \"whatever\"}]}", Map.of())).isFalse();
        assertThat(attributes("{\"bin\": [{\"exists\": true}]}",
                Map.of("bin", new MessageAttributeValue("Binary", null, new byte[] {1})))).isFalse();
    }

    @Test
    void bodyPoliciesReadDottedKeysAndArraysOfArrays() {
        String policy = "{\"object.nested.test\": [\"string.value\"]}";
        assertThat(body(policy, "{\"object\": {\"nested\": {\"test\": \"string.value\"}}}")).isTrue();
        assertThat(body(policy, "{\"object.nested.test\": \"string.value\"}")).isTrue();
        assertThat(body(policy, "{\"object.nested\": {\"test\": \"string.value\"}}")).isTrue();
        assertThat(body(policy, "{\"object\": {\"nested.test\": \"string.value\"}}")).isTrue();
        assertThat(body(policy, "{\"object\": {\"nested\": {\"test\": \"other\"}}}")).isFalse();
        String records = "{\"Records\": {\"s3\": {\"object\": {\"key\": [{\"prefix\": \"auto-\"}]}},"
                + " \"eventName\": [{\"prefix\": \"ObjectCreated:\"}]}}";
        assertThat(body(records, "{\"Records\": [{\"eventName\": \"ObjectCreated:Put\", \"s3\": {\"object\": "
                + "[[{\"key\": \"auto-insurance-2314.xml\"}]]}}]}")).isTrue();
        assertThat(body(records, "{\"Records\": [{\"eventName\": \"ObjectRemoved:Delete\", \"s3\": {\"object\": "
                + "{\"key\": \"auto-insurance-2314.xml\"}}}]}")).isFalse();
        assertThat(body("{\"a\": [{\"exists\": false}]}", "not json")).as("bodies must be JSON objects").isFalse();
        assertThat(body("{\"a\": [{\"exists\": false}]}", "\"a string\"")).isFalse();
    }

    @Test
    void orAlternativesAddUpAndKeysMultiply() {
        String policy = "{\"$or\": [{\"metricName\": [\"CPUUtilization\"]}, {\"namespace\": [\"AWS/EC2\"]}],"
                + " \"detail\": {\"scope\": [\"Service\"]}}";
        assertThat(body(policy, "{\"namespace\": \"AWS/EC2\", \"detail\": {\"scope\": \"Service\"}}")).isTrue();
        assertThat(body(policy, "{\"metricName\": \"CPUUtilization\", \"detail\": {\"scope\": \"x\"}}")).isFalse();
    }

    @Test
    void numericOperandsAreCheckedInSnsWords() {
        refused("{\"key\":[{\"numeric\":[]}]}", "Invalid member in numeric match: ]");
        refused("{\"key\":[{\"numeric\":[\"operator\"]}]}", "Unrecognized numeric range operator: operator");
        refused("{\"key\":[{\"numeric\":[1,\"<=\"]}]}", "Invalid member in numeric match: 1");
        refused("{\"key\":[{\"numeric\":[\"=\",\"000\"]}]}", "Value of equals must be numeric");
        refused("{\"key\":[{\"numeric\":[\">=\"]}]}", "Value of >= must be numeric");
        refused("{\"key\":[{\"numeric\":[\"<\",100,\">\",10]}]}", "Too many elements in numeric expression");
        refused("{\"key\":[{\"numeric\":[\">=\",1,\">\",2]}]}", "Bad numeric range operator: >");
        refused("{\"key\":[{\"numeric\":[\">\",3,\"<\",1]}]}", "Bottom must be less than top");
        refused("{\"key\":[{\"numeric\":[\">\",20,30]}]}", "Bad value in numeric range: 30");
        refused("{\"key\":[{\"numeric\":[\">\",20,\"<\",30,\"<\",50]}]}", "Too many terms in numeric range expression");
    }

    @Test
    void otherRulesWhereSnsDiffersFromEventBridge() {
        refused("{\"key\":[{\"anything-but\":{\"suffix\":\"test\"}}]}", "Unsupported anything-but pattern: suffix");
        refused("{\"key\":[{\"anything-but\":{\"prefix\":false}}]}", "prefix match pattern must be a string");
        refused("{\"key\":[{\"cidr\":[\"bad-filter\"]}]}", "prefix match pattern must be a string");
        refused("{\"key\":[[\"value\"]]}", "Match value must be String, number, true, false, or null");
        refused("{\"key\":[{\"suffix\":100}]}", "suffix match pattern must be a string");
        refused("{\"key\":{\"suffix\":\"value\"}}", "\"suffix\" must be an object or an array");
        refused("{\"key\":[{\"exists\":\"no\"}]}", "exists match pattern must be either true or false.");
        refused("{\"k1\":[1],\"k2\":[1],\"k3\":[1],\"k4\":[1],\"k5\":[1],\"k6\":[1]}",
                "Filter policy can not have more than 5 keys");
        StringBuilder many = new StringBuilder("{\"key\": [");
        for (int i = 0; i < 151; i++) {
            many.append(i == 0 ? "" : ",").append('"').append("v").append(i).append('"');
        }
        refused(many.append("]}").toString(), "Filter policy is too complex");
        refused("{\"object\": {\"key\": [\"x\"]}}",
                "Filter policy scope MessageAttributes does not support nested filter policy");
        assertThat(FilterPolicy.parse("{\"object\": {\"key\": [\"x\"]}}", Scope.MESSAGE_BODY)).isNotNull();
        assertThatThrownBy(() -> FilterPolicy.parse("{invalidjson}", Scope.MESSAGE_ATTRIBUTES))
                .hasMessageStartingWith("failed to parse JSON. Unexpected character ('i' (code 105))");
    }
}
