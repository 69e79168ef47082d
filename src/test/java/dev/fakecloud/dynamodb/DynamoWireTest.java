package dev.fakecloud.dynamodb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** DynamoDB on the wire, as the CLI and other SDKs send it: shapes and client errors, never a server error. */
@QuarkusTest
class DynamoWireTest {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=host, Signature=abc";

    private static ValidatableResponse call(String target, String body) {
        return given().header("Authorization", AUTH).header("X-Amz-Target", target)
                .contentType("application/x-amz-json-1.0").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/").then().using().defaultParser(Parser.JSON).and();
    }

    @Test
    void itemsTravelAsAttributeValuesWithNumbersAsStrings() {
        String table = DynamoFixtures.unique("wire");
        call("DynamoDB_20120810.CreateTable", "{\"TableName\":\"" + table + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}")
                .statusCode(200).contentType("application/x-amz-json-1.0")
                .body("TableDescription.TableName", equalTo(table))
                .body("TableDescription.CreationDateTime", notNullValue());
        call("DynamoDB_20120810.PutItem", "{\"TableName\":\"" + table + "\",\"Item\":{\"id\":{\"S\":\"a\"},"
                + "\"n\":{\"N\":\"007.50\"},\"m\":{\"M\":{\"x\":{\"NULL\":true}}},\"ns\":{\"NS\":[\"3\",\"1\"]}}}")
                .statusCode(200);
        call("DynamoDB_20120810.GetItem", "{\"TableName\":\"" + table + "\",\"Key\":{\"id\":{\"S\":\"a\"}}}")
                .statusCode(200)
                .body("Item.n.N", equalTo("7.5"))
                .body("Item.m.M.x.NULL", equalTo(true))
                .body("Item.ns.NS", org.hamcrest.Matchers.containsInAnyOrder("1", "3"));
    }

    @Test
    void clientMistakesAreClientErrors() {
        call("DynamoDB_20120810.PutItem", "{not json")
                .statusCode(400).body("__type", equalTo("com.amazon.coral.service#SerializationException"));
        call("DynamoDB_20120810.Frobnicate", "{}")
                .statusCode(400).body("__type", equalTo("com.amazon.coral.service#UnknownOperationException"));
        call("DynamoDB_20120810.PutItem", "{\"TableName\":\"nope-table\",\"Item\":{\"id\":{}}}")
                .statusCode(400).body("__type", equalTo("com.amazon.coral.validate#ValidationException"))
                .body("message", equalTo("Supplied AttributeValue is empty, must contain exactly one of the supported "
                        + "datatypes"));
        call("DynamoDB_20120810.PutItem", "{\"TableName\":\"nope-table\",\"Item\":{\"id\":{\"S\":\"a\",\"N\":\"1\"}}}")
                .statusCode(400).body("message", equalTo("Supplied AttributeValue has more than one datatypes set, "
                        + "must contain exactly one of the supported datatypes"));
        call("DynamoDB_20120810.GetItem", "{\"TableName\":\"nope-table\",\"Key\":{\"id\":{\"S\":\"a\"}}}")
                .statusCode(400)
                .body("__type", equalTo("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException"))
                .body("message", equalTo("Requested resource not found"));
        call("DynamoDB_20120810.Query", "{\"TableName\":\"nope-table\",\"Limit\":\"many\"}")
                .statusCode(400).body("__type", equalTo("com.amazon.coral.service#SerializationException"));
        call("DynamoDBStreams_20120810.GetRecords", "{\"ShardIterator\":\"garbage!\"}")
                .statusCode(400).body("__type", equalTo("com.amazon.coral.validate#ValidationException"));
    }
}
