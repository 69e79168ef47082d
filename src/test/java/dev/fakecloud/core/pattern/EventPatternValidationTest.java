package dev.fakecloud.core.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Patterns EventBridge's pattern language rejects: each must fail at parse time with a precise message, so a caller
 * can turn it into its own AWS error instead of silently matching nothing.
 */
class EventPatternValidationTest {

    static void assertInvalid(String pattern, String message) {
        InvalidEventPatternException e =
                assertThrows(InvalidEventPatternException.class, () -> EventPattern.parse(pattern), pattern);
        assertEquals(message, e.getMessage(), pattern);
    }

    @Test
    void patternMustBeAJsonObject() {
        assertInvalid("[\"a\"]", "Filter is not an object");
        assertInvalid("\"a\"", "Filter is not an object");
        assertInvalid("", "Filter is not an object");
        assertThrows(InvalidEventPatternException.class, () -> EventPattern.parse("{\"a\": [\"x\"]"));
        assertThrows(InvalidEventPatternException.class, () -> EventPattern.parse("{\"a\": [\"x\"]} x"));
        assertThrows(InvalidEventPatternException.class, () -> EventPattern.parse("not json"));
    }

    @Test
    void emptyObjectsAndArrays() {
        assertInvalid("{}", "Empty objects are not allowed");
        assertInvalid("{\"detail\": {}}", "Empty objects are not allowed");
        assertInvalid("{\"source\": []}", "Empty arrays are not allowed");
        assertInvalid("{\"v\": [{\"anything-but\": []}]}", "Empty arrays are not allowed");
        assertInvalid("{\"v\": [{\"numeric\": []}]}", "Empty arrays are not allowed");
    }

    @Test
    void leavesMustBeArrays() {
        assertInvalid("{\"source\": \"aws.ec2\"}", "\"source\" must be an object or an array");
        assertInvalid("{\"detail\": {\"n\": 5}}", "\"n\" must be an object or an array");
        assertInvalid("{\"detail\": {\"n\": null}}", "\"n\" must be an object or an array");
        assertInvalid("{\"source\": {\"prefix\": \"aws.\"}}", "\"prefix\" must be an object or an array");
    }

    @Test
    void leafValuesMustBeScalarsOrOperators() {
        assertInvalid("{\"source\": [[\"aws.ec2\"]]}", "Match value must be String, number, true, false, or null");
    }

    @Test
    void unknownOperators() {
        assertInvalid("{\"source\": [{\"startsWith\": \"aws.\"}]}", "Unrecognized match type startsWith");
        assertInvalid("{\"source\": [{}]}", "Only one key allowed in match expression");
        assertInvalid("{\"source\": [{\"prefix\": \"a\", \"suffix\": \"b\"}]}",
                "Only one key allowed in match expression");
    }

    @Test
    void stringOperatorOperands() {
        assertInvalid("{\"s\": [{\"prefix\": 5}]}", "prefix match pattern must be a string");
        assertInvalid("{\"s\": [{\"suffix\": [\"a\"]}]}", "suffix match pattern must be a string");
        assertInvalid("{\"s\": [{\"equals-ignore-case\": true}]}",
                "equals-ignore-case match pattern must be a string");
        assertInvalid("{\"s\": [{\"prefix\": {\"suffix\": \"a\"}}]}", "Unsupported prefix pattern: suffix");
        assertInvalid("{\"s\": [{\"prefix\": {\"equals-ignore-case\": 1}}]}",
                "prefix equals-ignore-case match pattern must be a string");
        assertInvalid("{\"s\": [{\"wildcard\": 1}]}", "wildcard match pattern must be a string");
        assertInvalid("{\"s\": [{\"cidr\": 1}]}", "cidr match pattern must be a string");
    }

    @Test
    void anythingButOperands() {
        assertInvalid("{\"v\": [{\"anything-but\": true}]}",
                "Value of anything-but must be an array or single string/number value.");
        assertInvalid("{\"v\": [{\"anything-but\": null}]}",
                "Value of anything-but must be an array or single string/number value.");
        assertInvalid("{\"v\": [{\"anything-but\": [\"a\", null]}]}",
                "Inside anything but list, start|null|boolean is not supported.");
        assertInvalid("{\"v\": [{\"anything-but\": [false]}]}",
                "Inside anything but list, start|null|boolean is not supported.");
        assertInvalid("{\"v\": [{\"anything-but\": {\"numeric\": [\">\", 1]}}]}",
                "Unsupported anything-but pattern: numeric");
        assertInvalid("{\"v\": [{\"anything-but\": {\"prefix\": 1}}]}",
                "Value of anything-but prefix must be a string or an array of strings");
        assertInvalid("{\"v\": [{\"anything-but\": {\"prefix\": []}}]}", "Empty arrays are not allowed");
        assertInvalid("{\"v\": [{\"anything-but\": {\"suffix\": [\"a\", 1]}}]}",
                "Inside anything-but suffix list, only strings are allowed");
        assertInvalid("{\"v\": [{\"anything-but\": {\"prefix\": \"a\", \"suffix\": \"b\"}}]}",
                "Only one key allowed in match expression");
    }

    @Test
    void numericOperands() {
        assertInvalid("{\"n\": [{\"numeric\": 5}]}", "Value of numeric must be an array.");
        assertInvalid("{\"n\": [{\"numeric\": [\">\"]}]}",
                "Value of numeric must be an array of operator and number pairs");
        assertInvalid("{\"n\": [{\"numeric\": [\">\", \"5\"]}]}", "Value of > must be numeric");
        assertInvalid("{\"n\": [{\"numeric\": [5, \">\"]}]}", "Invalid member in numeric match: 5");
        assertInvalid("{\"n\": [{\"numeric\": [\"!=\", 5]}]}", "Unrecognized numeric range operator: !=");
        assertInvalid("{\"n\": [{\"numeric\": [\">\", 0, \">\", 5]}]}", "Bad numeric range: two lower bounds");
        assertInvalid("{\"n\": [{\"numeric\": [\"<\", 0, \"<=\", 5]}]}", "Bad numeric range: two upper bounds");
        assertInvalid("{\"n\": [{\"numeric\": [\"=\", 0, \"<\", 5]}]}",
                "\"=\" cannot be combined with other numeric operators");
        assertInvalid("{\"n\": [{\"numeric\": [\">\", 0, \"<\", 5, \">\", 1]}]}",
                "Too many terms in numeric range expression");
    }

    @Test
    void numericRangesOutOfOrder() {
        assertInvalid("{\"n\": [{\"numeric\": [\">\", 5, \"<\", 0]}]}", "Bottom must be less than top");
        assertInvalid("{\"n\": [{\"numeric\": [\">=\", 5, \"<=\", 5]}]}", "Bottom must be less than top");
    }

    @Test
    void existsOperand() {
        assertInvalid("{\"v\": [{\"exists\": \"true\"}]}", "exists match pattern must be either true or false.");
    }

    @Test
    void cidrOperands() {
        assertInvalid("{\"ip\": [{\"cidr\": \"10.0.0.1\"}]}", "Malformed CIDR, one '/' required");
        assertInvalid("{\"ip\": [{\"cidr\": \"10.0.0.0/33\"}]}",
                "Malformed CIDR, mask bits must be between 0 and 32: 10.0.0.0/33");
        assertInvalid("{\"ip\": [{\"cidr\": \"::/129\"}]}",
                "Malformed CIDR, mask bits must be between 0 and 128: ::/129");
        assertInvalid("{\"ip\": [{\"cidr\": \"10.0.0.0/x\"}]}",
                "Malformed CIDR, mask bits must be between 0 and 32: 10.0.0.0/x");
        assertInvalid("{\"ip\": [{\"cidr\": \"10.0.300.0/24\"}]}", "Nonstandard IP address: 10.0.300.0");
        assertInvalid("{\"ip\": [{\"cidr\": \"example.com/24\"}]}", "Nonstandard IP address: example.com");
    }

    @Test
    void wildcardRules() {
        assertInvalid("{\"s\": [{\"wildcard\": \"a**b\"}]}", "Consecutive wildcard characters at pos 2");
        assertInvalid("{\"s\": [{\"anything-but\": {\"wildcard\": [\"ok*\", \"**\"]}}]}",
                "Consecutive wildcard characters at pos 1");
        assertInvalid("{\"s\": [{\"wildcard\": \"a\\\\b\"}]}", "Invalid escape character at pos 1");
        assertInvalid("{\"s\": [{\"wildcard\": \"a\\\\\"}]}", "Invalid escape character at pos 1");
    }

    @Test
    void orRules() {
        assertInvalid("{\"$or\": [{\"a\": [1]}]}", "There must have at least 2 Json objects in the $or array");
        assertInvalid("{\"$or\": [{\"a\": [1]}, \"b\"]}", "Elements of the $or array must be objects");
        assertInvalid("{\"$or\": [{\"a\": [1]}, {}]}", "Empty objects are not allowed");
        assertInvalid("{\"$or\": [{\"a\": [1]}, {\"b\": 2}]}", "\"b\" must be an object or an array");
    }
}
