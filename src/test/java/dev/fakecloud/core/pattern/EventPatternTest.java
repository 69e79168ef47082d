package dev.fakecloud.core.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The examples of Amazon EventBridge's "Content filtering in event patterns" documentation (and Lambda's event
 * filtering page), each checked positively and negatively. The validation rules are in EventPatternValidationTest.
 */
class EventPatternTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The EC2 state-change event used throughout the EventBridge documentation. */
    private static final String EC2_EVENT = """
            {
              "version": "0",
              "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
              "detail-type": "EC2 Instance State-change Notification",
              "source": "aws.ec2",
              "account": "111122223333",
              "time": "2017-12-22T18:43:48Z",
              "region": "us-west-1",
              "resources": ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
              "detail": {
                "instance-id": "i-1234567890abcdef0",
                "state": "terminated",
                "c-count": 5,
                "d-count": 3,
                "x-limit": 301.8,
                "source-ip": "10.0.0.123"
              }
            }""";

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static boolean matches(String pattern, String event) {
        return EventPattern.parse(pattern).matches(json(event));
    }

    static void assertMatch(String pattern, String event) {
        assertTrue(matches(pattern, event), () -> pattern + " should match " + event);
    }

    static void assertNoMatch(String pattern, String event) {
        assertFalse(matches(pattern, event), () -> pattern + " should not match " + event);
    }

    @Nested
    class ExactValues {

        @Test
        void sourceMatchesItsValue() {
            assertMatch("{\"source\": [\"aws.ec2\"]}", EC2_EVENT);
            assertNoMatch("{\"source\": [\"aws.s3\"]}", EC2_EVENT);
        }

        @Test
        void allFieldsMustMatch() {
            assertMatch("{\"source\": [\"aws.ec2\"], \"detail-type\": [\"EC2 Instance State-change Notification\"]}",
                    EC2_EVENT);
            assertNoMatch("{\"source\": [\"aws.ec2\"], \"detail-type\": [\"EC2 Spot Instance Interruption Warning\"]}",
                    EC2_EVENT);
        }

        @Test
        void arrayOfValuesIsOr() {
            assertMatch("{\"detail\": {\"state\": [\"running\", \"terminated\"]}}", EC2_EVENT);
            assertNoMatch("{\"detail\": {\"state\": [\"running\", \"pending\"]}}", EC2_EVENT);
        }

        @Test
        void matchingIsCaseSensitive() {
            assertNoMatch("{\"source\": [\"AWS.EC2\"]}", EC2_EVENT);
        }

        @Test
        void missingFieldNeverMatchesAValue() {
            assertNoMatch("{\"detail\": {\"zone\": [\"us-west-1a\"]}}", EC2_EVENT);
            assertNoMatch("{\"nowhere\": {\"zone\": [\"us-west-1a\"]}}", EC2_EVENT);
        }

        @Test
        void numbersCompareNumerically() {
            assertMatch("{\"detail\": {\"c-count\": [5]}}", EC2_EVENT);
            assertMatch("{\"detail\": {\"c-count\": [5.0]}}", EC2_EVENT);
            assertMatch("{\"detail\": {\"x-limit\": [3.018e2]}}", EC2_EVENT);
            assertNoMatch("{\"detail\": {\"c-count\": [6]}}", EC2_EVENT);
        }

        @Test
        void stringsAndNumbersNeverEqualEachOther() {
            assertNoMatch("{\"detail\": {\"c-count\": [\"5\"]}}", EC2_EVENT);
            assertNoMatch("{\"id\": [5]}", "{\"id\": \"5\"}");
        }

        @Test
        void booleans() {
            assertMatch("{\"detail\": {\"enabled\": [true]}}", "{\"detail\": {\"enabled\": true}}");
            assertNoMatch("{\"detail\": {\"enabled\": [true]}}", "{\"detail\": {\"enabled\": false}}");
            assertNoMatch("{\"detail\": {\"enabled\": [true]}}", "{\"detail\": {\"enabled\": \"true\"}}");
            assertMatch("{\"detail\": {\"enabled\": [false]}}", "{\"detail\": {\"enabled\": false}}");
        }

        @Test
        void nullMatchesOnlyNull() {
            String event = "{\"detail\": {\"responseElements\": null, \"eventVersion\": \"\"}}";
            assertMatch("{\"detail\": {\"responseElements\": [null]}}", event);
            assertNoMatch("{\"detail\": {\"eventVersion\": [null]}}", event);
            assertNoMatch("{\"detail\": {\"missing\": [null]}}", event);
        }

        @Test
        void emptyStringMatchesOnlyEmptyString() {
            String event = "{\"detail\": {\"responseElements\": null, \"eventVersion\": \"\"}}";
            assertMatch("{\"detail\": {\"eventVersion\": [\"\"]}}", event);
            assertNoMatch("{\"detail\": {\"responseElements\": [\"\"]}}", event);
        }

        @Test
        void leafPatternDoesNotMatchAnObject() {
            assertNoMatch("{\"detail\": [\"terminated\"]}", EC2_EVENT);
        }

        @Test
        void nestedPatternOnAScalarDoesNotMatch() {
            assertNoMatch("{\"source\": {\"name\": [\"aws.ec2\"]}}", EC2_EVENT);
        }

        @Test
        void nonObjectEventMatchesNothingButAbsence() {
            EventPattern pattern = EventPattern.parse("{\"a\": [\"x\"]}");
            assertFalse(pattern.matches(json("\"x\"")));
            assertFalse(pattern.matches(null));
            assertTrue(EventPattern.parse("{\"a\": [{\"exists\": false}]}").matches(json("[1]")));
        }

        @Test
        void lambdaSqsBodyExample() {
            String record = "{\"messageId\": \"m1\", \"body\": {\"status\": \"paid\", \"total\": 12}}";
            assertMatch("{\"body\": {\"status\": [\"paid\"]}}", record);
            assertNoMatch("{\"body\": {\"status\": [\"refunded\"]}}", record);
        }
    }

    @Nested
    class EventArrays {

        private static final String EVENT = "{\"resources\": [\"arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f\","
                + " \"arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f\","
                + " \"arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f\"]}";

        @Test
        void anyElementMatches() {
            assertMatch("{\"resources\": [\"arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f\","
                    + " \"arn:aws:ec2:us-east-1:999999999999:instance/i-b188560f\"]}", EVENT);
        }

        @Test
        void noElementMatches() {
            assertNoMatch("{\"resources\": [\"arn:aws:ec2:us-east-1:999999999999:instance/i-b188560f\"]}", EVENT);
        }

        @Test
        void operatorsApplyToEachElement() {
            assertMatch("{\"resources\": [{\"prefix\": \"arn:aws:ec2:us-east-1:4444\"}]}", EVENT);
            assertNoMatch("{\"resources\": [{\"prefix\": \"arn:aws:s3\"}]}", EVENT);
            assertMatch("{\"n\": [{\"numeric\": [\">\", 10]}]}", "{\"n\": [1, 2, 30]}");
            assertNoMatch("{\"n\": [{\"numeric\": [\">\", 10]}]}", "{\"n\": [1, 2, 3]}");
        }

        @Test
        void nestedArraysAreFlattened() {
            assertMatch("{\"n\": [3]}", "{\"n\": [[1, 2], [3]]}");
            assertNoMatch("{\"n\": [4]}", "{\"n\": [[1, 2], [3]]}");
        }

        @Test
        void arrayOfObjectsMatchesWhenOneElementMatches() {
            String event = "{\"detail\": {\"items\": [{\"sku\": \"a\", \"qty\": 1}, {\"sku\": \"b\", \"qty\": 9}]}}";
            assertMatch("{\"detail\": {\"items\": {\"sku\": [\"b\"]}}}", event);
            assertMatch("{\"detail\": {\"items\": {\"sku\": [\"b\"], \"qty\": [9]}}}", event);
            assertNoMatch("{\"detail\": {\"items\": {\"sku\": [\"c\"]}}}", event);
        }

        @Test
        void fieldsOfDifferentElementsAreNotCombined() {
            String event = "{\"detail\": {\"items\": [{\"sku\": \"a\", \"qty\": 1}, {\"sku\": \"b\", \"qty\": 9}]}}";
            assertNoMatch("{\"detail\": {\"items\": {\"sku\": [\"a\"], \"qty\": [9]}}}", event);
        }
    }

    @Nested
    class Prefix {

        @Test
        void documentedTimePrefix() {
            assertMatch("{\"time\": [{\"prefix\": \"2017-12-22\"}]}", EC2_EVENT);
            assertNoMatch("{\"time\": [{\"prefix\": \"2017-10-02\"}]}", EC2_EVENT);
        }

        @Test
        void prefixIsCaseSensitive() {
            assertNoMatch("{\"source\": [{\"prefix\": \"AWS.\"}]}", EC2_EVENT);
        }

        @Test
        void prefixEqualsIgnoreCase() {
            assertMatch("{\"detail-type\": [{\"prefix\": {\"equals-ignore-case\": \"ec2 instance\"}}]}", EC2_EVENT);
            assertNoMatch("{\"detail-type\": [{\"prefix\": {\"equals-ignore-case\": \"ec2 spot\"}}]}", EC2_EVENT);
        }

        @Test
        void prefixOnlyMatchesStrings() {
            assertNoMatch("{\"n\": [{\"prefix\": \"12\"}]}", "{\"n\": 123}");
            assertMatch("{\"n\": [{\"prefix\": \"12\"}]}", "{\"n\": \"123\"}");
        }

        @Test
        void prefixLongerThanValue() {
            assertNoMatch("{\"s\": [{\"prefix\": \"abcd\"}]}", "{\"s\": \"abc\"}");
        }

        @Test
        void prefixCombinedWithExactValues() {
            String pattern = "{\"region\": [\"eu-west-1\", {\"prefix\": \"us-\"}]}";
            assertMatch(pattern, EC2_EVENT);
            assertMatch(pattern, "{\"region\": \"eu-west-1\"}");
            assertNoMatch(pattern, "{\"region\": \"ap-south-1\"}");
        }
    }

    @Nested
    class Suffix {

        @Test
        void documentedFileNameSuffix() {
            String pattern = "{\"FileName\": [{\"suffix\": \".png\"}]}";
            assertMatch(pattern, "{\"FileName\": \"image.png\"}");
            assertNoMatch(pattern, "{\"FileName\": \"image.PNG\"}");
            assertNoMatch(pattern, "{\"FileName\": \"image.jpg\"}");
        }

        @Test
        void suffixEqualsIgnoreCase() {
            String pattern = "{\"FileName\": [{\"suffix\": {\"equals-ignore-case\": \".png\"}}]}";
            assertMatch(pattern, "{\"FileName\": \"image.PNG\"}");
            assertNoMatch(pattern, "{\"FileName\": \"image.jpg\"}");
        }

        @Test
        void suffixLongerThanValueAndNonStrings() {
            assertNoMatch("{\"s\": [{\"suffix\": \"xabc\"}]}", "{\"s\": \"abc\"}");
            assertNoMatch("{\"n\": [{\"suffix\": \"3\"}]}", "{\"n\": 123}");
        }
    }

    @Nested
    class EqualsIgnoreCase {

        @Test
        void documentedDetailType() {
            assertMatch("{\"detail-type\": [{\"equals-ignore-case\": \"ec2 instance state-change notification\"}]}",
                    EC2_EVENT);
            assertNoMatch("{\"detail-type\": [{\"equals-ignore-case\": \"ec2 instance state-change\"}]}", EC2_EVENT);
        }

        @Test
        void onlyStrings() {
            assertNoMatch("{\"b\": [{\"equals-ignore-case\": \"TRUE\"}]}", "{\"b\": true}");
        }
    }

    @Nested
    class AnythingBut {

        @Test
        void singleString() {
            String pattern = "{\"detail\": {\"state\": [{\"anything-but\": \"initializing\"}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, "{\"detail\": {\"state\": \"initializing\"}}");
        }

        @Test
        void singleNumber() {
            String pattern = "{\"detail\": {\"x-limit\": [{\"anything-but\": 123}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, "{\"detail\": {\"x-limit\": 123}}");
            assertNoMatch(pattern, "{\"detail\": {\"x-limit\": 123.0}}");
        }

        @Test
        void listOfStrings() {
            String pattern = "{\"detail\": {\"state\": [{\"anything-but\": [\"stopped\", \"overloaded\"]}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, "{\"detail\": {\"state\": \"stopped\"}}");
            assertNoMatch(pattern, "{\"detail\": {\"state\": \"overloaded\"}}");
        }

        @Test
        void listOfNumbers() {
            String pattern = "{\"detail\": {\"x-limit\": [{\"anything-but\": [100, 200, 300]}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, "{\"detail\": {\"x-limit\": 200}}");
        }

        @Test
        void missingFieldDoesNotMatch() {
            assertNoMatch("{\"detail\": {\"zone\": [{\"anything-but\": \"a\"}]}}", EC2_EVENT);
        }

        @Test
        void nullIsAValueOtherThanTheExcludedOnes() {
            assertMatch("{\"v\": [{\"anything-but\": \"a\"}]}", "{\"v\": null}");
        }

        @Test
        void valuesOfAnotherTypeMatch() {
            assertMatch("{\"v\": [{\"anything-but\": \"5\"}]}", "{\"v\": 5}");
            assertMatch("{\"v\": [{\"anything-but\": 5}]}", "{\"v\": \"5\"}");
        }

        @Test
        void arrayMatchesWhenAnyElementIsNotExcluded() {
            String pattern = "{\"v\": [{\"anything-but\": [\"a\", \"b\"]}]}";
            assertMatch(pattern, "{\"v\": [\"a\", \"c\"]}");
            assertNoMatch(pattern, "{\"v\": [\"a\", \"b\"]}");
        }

        @Test
        void prefix() {
            String pattern = "{\"detail\": {\"state\": [{\"anything-but\": {\"prefix\": \"init\"}}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, "{\"detail\": {\"state\": \"initializing\"}}");
        }

        @Test
        void prefixList() {
            String pattern = "{\"state\": [{\"anything-but\": {\"prefix\": [\"init\", \"stop\"]}}]}";
            assertMatch(pattern, "{\"state\": \"running\"}");
            assertNoMatch(pattern, "{\"state\": \"stopping\"}");
            assertNoMatch(pattern, "{\"state\": \"initializing\"}");
        }

        @Test
        void suffix() {
            String pattern = "{\"detail\": {\"FileName\": [{\"anything-but\": {\"suffix\": \".txt\"}}]}}";
            assertMatch(pattern, "{\"detail\": {\"FileName\": \"notes.pdf\"}}");
            assertNoMatch(pattern, "{\"detail\": {\"FileName\": \"notes.txt\"}}");
        }

        @Test
        void suffixList() {
            String pattern = "{\"FileName\": [{\"anything-but\": {\"suffix\": [\".txt\", \".md\"]}}]}";
            assertMatch(pattern, "{\"FileName\": \"a.pdf\"}");
            assertNoMatch(pattern, "{\"FileName\": \"a.md\"}");
        }

        @Test
        void equalsIgnoreCaseSingleAndList() {
            String single = "{\"state\": [{\"anything-but\": {\"equals-ignore-case\": \"Stopped\"}}]}";
            assertMatch(single, "{\"state\": \"running\"}");
            assertNoMatch(single, "{\"state\": \"STOPPED\"}");
            String list = "{\"state\": [{\"anything-but\": {\"equals-ignore-case\": [\"Stopped\", \"OverLoaded\"]}}]}";
            assertMatch(list, "{\"state\": \"running\"}");
            assertNoMatch(list, "{\"state\": \"overloaded\"}");
        }

        @Test
        void wildcardSingleAndList() {
            String single = "{\"FilePath\": [{\"anything-but\": {\"wildcard\": \"*/lib/*\"}}]}";
            assertMatch(single, "{\"FilePath\": \"/usr/bin/ls\"}");
            assertNoMatch(single, "{\"FilePath\": \"/usr/lib/libc.so\"}");
            String list = "{\"FilePath\": [{\"anything-but\": {\"wildcard\": [\"*/lib/*\", \"*/bin/*\"]}}]}";
            assertMatch(list, "{\"FilePath\": \"/etc/hosts\"}");
            assertNoMatch(list, "{\"FilePath\": \"/usr/bin/ls\"}");
        }
    }

    @Nested
    class Numeric {

        @Test
        void documentedRanges() {
            String pattern = "{\"detail\": {\"c-count\": [{\"numeric\": [\">\", 0, \"<=\", 5]}],"
                    + " \"d-count\": [{\"numeric\": [\"<\", 10]}], \"x-limit\": [{\"numeric\": [\"=\", 3.018e2]}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, EC2_EVENT.replace("\"c-count\": 5", "\"c-count\": 6"));
            assertNoMatch(pattern, EC2_EVENT.replace("\"d-count\": 3", "\"d-count\": 10"));
            assertNoMatch(pattern, EC2_EVENT.replace("\"x-limit\": 301.8", "\"x-limit\": 301.9"));
        }

        @Test
        void boundsInclusiveAndExclusive() {
            String open = "{\"n\": [{\"numeric\": [\">\", 0, \"<\", 5]}]}";
            assertNoMatch(open, "{\"n\": 0}");
            assertNoMatch(open, "{\"n\": 5}");
            assertMatch(open, "{\"n\": 0.000001}");
            String closed = "{\"n\": [{\"numeric\": [\">=\", 0, \"<=\", 5]}]}";
            assertMatch(closed, "{\"n\": 0}");
            assertMatch(closed, "{\"n\": 5}");
            assertNoMatch(closed, "{\"n\": -1}");
        }

        @Test
        void singleBounds() {
            assertMatch("{\"n\": [{\"numeric\": [\">=\", 10]}]}", "{\"n\": 10}");
            assertNoMatch("{\"n\": [{\"numeric\": [\">\", 10]}]}", "{\"n\": 10}");
            assertMatch("{\"n\": [{\"numeric\": [\"<=\", -1.5]}]}", "{\"n\": -1.5}");
            assertNoMatch("{\"n\": [{\"numeric\": [\"<\", -1.5]}]}", "{\"n\": -1.5}");
        }

        @Test
        void equalsAcceptsEquivalentNotations() {
            assertMatch("{\"n\": [{\"numeric\": [\"=\", 5]}]}", "{\"n\": 5.0}");
            assertMatch("{\"n\": [{\"numeric\": [\"=\", 5]}]}", "{\"n\": 5e0}");
            assertNoMatch("{\"n\": [{\"numeric\": [\"=\", 5]}]}", "{\"n\": 5.1}");
        }

        @Test
        void stringsNeverMatchNumericRanges() {
            assertNoMatch("{\"n\": [{\"numeric\": [\">\", 0]}]}", "{\"n\": \"5\"}");
        }

        @Test
        void lambdaTemperatureExample() {
            String pattern = "{\"body\": {\"Temperature\": [{\"numeric\": [\">\", 0, \"<=\", 100]}],"
                    + " \"Location\": [\"New York\"]}}";
            assertMatch(pattern, "{\"body\": {\"Temperature\": 35, \"Location\": \"New York\"}}");
            assertNoMatch(pattern, "{\"body\": {\"Temperature\": 135, \"Location\": \"New York\"}}");
        }
    }

    @Nested
    class Exists {

        @Test
        void existsTrue() {
            String pattern = "{\"detail\": {\"state\": [{\"exists\": true}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, "{\"detail\": {\"instance-id\": \"i-1\"}}");
        }

        @Test
        void existsFalse() {
            String pattern = "{\"detail\": {\"state\": [{\"exists\": false}]}}";
            assertNoMatch(pattern, EC2_EVENT);
            assertMatch(pattern, "{\"detail\": {\"instance-id\": \"i-1\"}}");
        }

        @Test
        void existsFalseWhenTheParentIsMissing() {
            assertMatch("{\"detail\": {\"state\": [{\"exists\": false}]}}", "{\"source\": \"aws.ec2\"}");
            assertNoMatch("{\"detail\": {\"state\": [{\"exists\": true}]}}", "{\"source\": \"aws.ec2\"}");
        }

        @Test
        void existsOnlyWorksOnLeafNodes() {
            assertNoMatch("{\"detail\": [{\"exists\": true}]}", EC2_EVENT);
            assertMatch("{\"detail\": [{\"exists\": false}]}", EC2_EVENT);
        }

        @Test
        void documentedExistsFalseOnAnIntermediateNode() {
            String event = "{\"detail-type\": \"EC2 Instance State-change Notification\","
                    + " \"detail\": {\"c-count\": {\"c1\": 100}}}";
            assertMatch("{\"detail\": {\"c-count\": [{\"exists\": false}]}}", event);
            assertNoMatch("{\"detail\": {\"c-count\": [{\"exists\": true}]}}", event);
            assertMatch("{\"detail\": {\"c-count\": {\"c1\": [{\"exists\": true}]}}}", event);
        }

        @Test
        void nullAndEmptyStringExist() {
            assertMatch("{\"v\": [{\"exists\": true}]}", "{\"v\": null}");
            assertMatch("{\"v\": [{\"exists\": true}]}", "{\"v\": \"\"}");
            assertNoMatch("{\"v\": [{\"exists\": false}]}", "{\"v\": null}");
        }

        @Test
        void arrays() {
            assertMatch("{\"v\": [{\"exists\": true}]}", "{\"v\": [1]}");
            assertNoMatch("{\"v\": [{\"exists\": true}]}", "{\"v\": []}");
            assertMatch("{\"v\": [{\"exists\": false}]}", "{\"v\": []}");
            assertMatch("{\"items\": {\"sku\": [{\"exists\": true}]}}", "{\"items\": [{\"x\": 1}, {\"sku\": \"a\"}]}");
            assertNoMatch("{\"items\": {\"sku\": [{\"exists\": true}]}}", "{\"items\": [{\"x\": 1}]}");
            assertMatch("{\"items\": {\"sku\": [{\"exists\": false}]}}", "{\"items\": []}");
        }

        @Test
        void existsFalseOrAValue() {
            String pattern = "{\"v\": [{\"exists\": false}, \"x\"]}";
            assertMatch(pattern, "{}");
            assertMatch(pattern, "{\"v\": \"x\"}");
            assertNoMatch(pattern, "{\"v\": \"y\"}");
        }
    }

    @Nested
    class Cidr {

        @Test
        void documentedIpv4() {
            String pattern = "{\"detail\": {\"source-ip\": [{\"cidr\": \"10.0.0.0/24\"}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, EC2_EVENT.replace("10.0.0.123", "10.0.1.123"));
        }

        @Test
        void ipv4PrefixLengths() {
            assertMatch("{\"ip\": [{\"cidr\": \"10.0.0.0/8\"}]}", "{\"ip\": \"10.255.3.4\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"10.0.0.0/8\"}]}", "{\"ip\": \"11.0.0.1\"}");
            assertMatch("{\"ip\": [{\"cidr\": \"192.168.1.128/25\"}]}", "{\"ip\": \"192.168.1.200\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"192.168.1.128/25\"}]}", "{\"ip\": \"192.168.1.127\"}");
            assertMatch("{\"ip\": [{\"cidr\": \"192.168.1.7/32\"}]}", "{\"ip\": \"192.168.1.7\"}");
            assertMatch("{\"ip\": [{\"cidr\": \"0.0.0.0/0\"}]}", "{\"ip\": \"8.8.8.8\"}");
        }

        @Test
        void ipv6() {
            String pattern = "{\"ip\": [{\"cidr\": \"2001:db8::/32\"}]}";
            assertMatch(pattern, "{\"ip\": \"2001:db8:85a3::8a2e:370:7334\"}");
            assertMatch(pattern, "{\"ip\": \"2001:0DB8:0000:0000:0000:0000:0000:0001\"}");
            assertNoMatch(pattern, "{\"ip\": \"2001:db9::1\"}");
            assertMatch("{\"ip\": [{\"cidr\": \"::ffff:10.0.0.0/120\"}]}", "{\"ip\": \"::ffff:10.0.0.9\"}");
            assertMatch("{\"ip\": [{\"cidr\": \"fe80::/10\"}]}", "{\"ip\": \"febf::1\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"fe80::/10\"}]}", "{\"ip\": \"fec0::1\"}");
        }

        @Test
        void familiesAndNonAddressesDoNotMatch() {
            assertNoMatch("{\"ip\": [{\"cidr\": \"0.0.0.0/0\"}]}", "{\"ip\": \"::1\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"::/0\"}]}", "{\"ip\": \"10.0.0.1\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"0.0.0.0/0\"}]}", "{\"ip\": \"localhost\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"0.0.0.0/0\"}]}", "{\"ip\": \"10.0.0.256\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"0.0.0.0/0\"}]}", "{\"ip\": \"10.0.0\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"::/0\"}]}", "{\"ip\": \"1::2::3\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"::/0\"}]}", "{\"ip\": \"1:2:3:4:5:6:7:8:9\"}");
            assertNoMatch("{\"ip\": [{\"cidr\": \"0.0.0.0/0\"}]}", "{\"ip\": 167772161}");
        }
    }

    @Nested
    class Wildcard {

        @Test
        void documentedEventBusArn() {
            String pattern = "{\"EventBusArn\": [{\"wildcard\": \"arn:aws:events:us-east-1:*:event-bus/*\"}]}";
            assertMatch(pattern, "{\"EventBusArn\": \"arn:aws:events:us-east-1:123456789012:event-bus/default\"}");
            assertNoMatch(pattern, "{\"EventBusArn\": \"arn:aws:events:us-west-2:123456789012:event-bus/default\"}");
        }

        @Test
        void documentedFilePaths() {
            String pattern = "{\"detail\": {\"FilePath\": [{\"wildcard\": \"dir/*.png\"}]}}";
            assertMatch(pattern, "{\"detail\": {\"FilePath\": \"dir/image.png\"}}");
            assertMatch(pattern, "{\"detail\": {\"FilePath\": \"dir/sub/image.png\"}}");
            assertMatch(pattern, "{\"detail\": {\"FilePath\": \"dir/.png\"}}");
            assertNoMatch(pattern, "{\"detail\": {\"FilePath\": \"dir/image.jpg\"}}");
            assertNoMatch(pattern, "{\"detail\": {\"FilePath\": \"other/image.png\"}}");
        }

        @Test
        void starsAnywhere() {
            assertMatch("{\"s\": [{\"wildcard\": \"*\"}]}", "{\"s\": \"\"}");
            assertMatch("{\"s\": [{\"wildcard\": \"*a*b*\"}]}", "{\"s\": \"xxaYYbzz\"}");
            assertNoMatch("{\"s\": [{\"wildcard\": \"*a*b*\"}]}", "{\"s\": \"xxbYYazz\"}");
            assertMatch("{\"s\": [{\"wildcard\": \"a*a\"}]}", "{\"s\": \"aa\"}");
            assertNoMatch("{\"s\": [{\"wildcard\": \"a*a\"}]}", "{\"s\": \"a\"}");
            assertMatch("{\"s\": [{\"wildcard\": \"ab*ab*ab\"}]}", "{\"s\": \"ababab\"}");
            assertNoMatch("{\"s\": [{\"wildcard\": \"ab*ab*ab\"}]}", "{\"s\": \"abab\"}");
        }

        @Test
        void noStarIsExactMatch() {
            assertMatch("{\"s\": [{\"wildcard\": \"abc\"}]}", "{\"s\": \"abc\"}");
            assertNoMatch("{\"s\": [{\"wildcard\": \"abc\"}]}", "{\"s\": \"abcd\"}");
        }

        @Test
        void escapedStarAndBackslash() {
            assertMatch("{\"s\": [{\"wildcard\": \"a\\\\*b\"}]}", "{\"s\": \"a*b\"}");
            assertNoMatch("{\"s\": [{\"wildcard\": \"a\\\\*b\"}]}", "{\"s\": \"axxb\"}");
            assertMatch("{\"s\": [{\"wildcard\": \"a\\\\\\\\*\"}]}", "{\"s\": \"a\\\\zzz\"}");
            assertMatch("{\"s\": [{\"wildcard\": \"*\\\\**\"}]}", "{\"s\": \"x*y\"}");
            assertNoMatch("{\"s\": [{\"wildcard\": \"*\\\\**\"}]}", "{\"s\": \"xy\"}");
        }

        @Test
        void onlyStrings() {
            assertNoMatch("{\"n\": [{\"wildcard\": \"1*\"}]}", "{\"n\": 12}");
        }
    }

    @Nested
    class Or {

        @Test
        void documentedTopLevelOr() {
            String pattern = "{\"$or\": [{\"detail\": {\"c-count\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}},"
                    + " {\"detail\": {\"d-count\": [{\"numeric\": [\"<\", 10]}]}},"
                    + " {\"detail\": {\"x-limit\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}}]}";
            assertMatch(pattern, EC2_EVENT);
            assertMatch(pattern, "{\"detail\": {\"x-limit\": 4}}");
            assertNoMatch(pattern, "{\"detail\": {\"c-count\": 50, \"d-count\": 30, \"x-limit\": 301.8}}");
        }

        @Test
        void orAlongsideOtherFields() {
            String pattern = "{\"source\": [\"aws.ec2\"], \"$or\": [{\"detail-type\": [\"EC2 Instance State-change"
                    + " Notification\"]}, {\"detail-type\": [\"EC2 Spot Instance Interruption Warning\"]}]}";
            assertMatch(pattern, EC2_EVENT);
            assertNoMatch(pattern, EC2_EVENT.replace("\"aws.ec2\"", "\"aws.s3\""));
            assertNoMatch(pattern, EC2_EVENT.replace("State-change", "Status"));
        }

        @Test
        void nestedOrInsideAnObjectAndInsideAnAlternative() {
            String pattern = "{\"detail\": {\"$or\": [{\"state\": [\"running\"]},"
                    + " {\"$or\": [{\"c-count\": [5]}, {\"d-count\": [7]}]}]}}";
            assertMatch(pattern, EC2_EVENT);
            assertMatch(pattern, "{\"detail\": {\"state\": \"running\"}}");
            assertMatch(pattern, "{\"detail\": {\"d-count\": 7}}");
            assertNoMatch(pattern, "{\"detail\": {\"state\": \"stopped\", \"d-count\": 8}}");
        }

        @Test
        void dollarOrWithPlainValuesIsAField() {
            assertMatch("{\"$or\": [\"x\"]}", "{\"$or\": \"x\"}");
            assertNoMatch("{\"$or\": [\"x\"]}", "{\"$or\": \"y\"}");
        }
    }

    @Test
    void compiledPatternKeepsItsSourceAndIsReusable() {
        String text = "{\"source\": [\"aws.ec2\"]}";
        EventPattern pattern = EventPattern.parse(text);
        assertEquals(text, pattern.source());
        assertEquals(text, pattern.toString());
        assertTrue(pattern.matches(json(EC2_EVENT)));
        assertFalse(pattern.matches(json("{\"source\": \"aws.s3\"}")));
        assertTrue(pattern.matches(json(EC2_EVENT)));
    }
}
