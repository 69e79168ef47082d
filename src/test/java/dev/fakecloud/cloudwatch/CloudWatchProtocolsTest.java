package dev.fakecloud.cloudwatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.parsing.Parser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** CloudWatch's three protocols as the wire carries them: Query (XML), AWS JSON 1.0 and Smithy RPC v2 CBOR. */
@QuarkusTest
class CloudWatchProtocolsTest {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/monitoring/aws4_request, "
            + "SignedHeaders=host, Signature=abc";
    static final ObjectMapper CBOR = new CBORMapper();

    static RequestSpecification query() {
        return given().header("Authorization", AUTH).contentType("application/x-www-form-urlencoded");
    }

    static RequestSpecification json(String operation) {
        return given().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-amz-json-1.0",
                        io.restassured.http.ContentType.TEXT))).header("Authorization", AUTH).header("X-Amz-Target", "GraniteServiceVersion20100801."
                + operation).contentType("application/x-amz-json-1.0");
    }

    @Test
    void queryClientsPutAndReadMetricsInXml() {
        String ns = "Query/" + UUID.randomUUID().toString().substring(0, 8);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.MINUTES);
        query().body("Action=PutMetricData&Version=2010-08-01&Namespace=" + ns
                + "&MetricData.member.1.MetricName=Hits&MetricData.member.1.Value=4&MetricData.member.1.Unit=Count"
                + "&MetricData.member.1.Timestamp=" + t
                + "&MetricData.member.1.Dimensions.member.1.Name=Page&MetricData.member.1.Dimensions.member.1.Value=home"
                + "&MetricData.member.2.MetricName=Hits&MetricData.member.2.Values.member.1=6"
                + "&MetricData.member.2.Values.member.2=10&MetricData.member.2.Unit=Count"
                + "&MetricData.member.2.Timestamp=" + t
                + "&MetricData.member.2.Dimensions.member.1.Name=Page&MetricData.member.2.Dimensions.member.1.Value=home")
                .post("/").then().statusCode(200)
                .body(containsString("xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\""))
                .body("PutMetricDataResponse.ResponseMetadata.RequestId.size()", equalTo(1));
        query().body("Action=GetMetricStatistics&Version=2010-08-01&Namespace=" + ns + "&MetricName=Hits"
                + "&Dimensions.member.1.Name=Page&Dimensions.member.1.Value=home&StartTime=" + t.minusSeconds(60)
                + "&EndTime=" + t.plusSeconds(60) + "&Period=60&Statistics.member.1=Sum&Statistics.member.2=Maximum")
                .post("/").then().statusCode(200)
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Label", equalTo("Hits"))
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Datapoints.member.Sum", equalTo("20.0"))
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Datapoints.member.Maximum",
                        equalTo("10.0"))
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Datapoints.member.Timestamp",
                        equalTo(t.toString()))
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Datapoints.member.Unit",
                        equalTo("Count"));
        query().body("Action=GetMetricStatistics&Version=2010-08-01&Namespace=" + ns + "&MetricName=Hits"
                + "&Dimensions.member.1.Name=Page&Dimensions.member.1.Value=home&StartTime=" + t
                + "&EndTime=" + t.plusSeconds(60) + "&Period=60&ExtendedStatistics.member.1=p50")
                .post("/").then().statusCode(200)
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Datapoints.member.ExtendedStatistics"
                        + ".entry.key", equalTo("p50"))
                .body("GetMetricStatisticsResponse.GetMetricStatisticsResult.Datapoints.member.ExtendedStatistics"
                        + ".entry.value", equalTo("6.0"));
        query().body("Action=ListMetrics&Version=2010-08-01&Namespace=" + ns).post("/").then().statusCode(200)
                .body("ListMetricsResponse.ListMetricsResult.Metrics.member.MetricName", equalTo("Hits"))
                .body("ListMetricsResponse.ListMetricsResult.Metrics.member.Dimensions.member.Value",
                        equalTo("home"));
    }

    @Test
    void queryErrorsAreErrorResponses() {
        query().body("Action=PutMetricData&Version=2010-08-01&MetricData.member.1.MetricName=x"
                + "&MetricData.member.1.Value=1").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Type", equalTo("Sender"))
                .body("ErrorResponse.Error.Code", equalTo("MissingParameter"))
                .body("ErrorResponse.Error.Message", equalTo("The parameter Namespace is required."));
        query().body("Action=PutMetricData&Version=2010-08-01&Namespace=N&MetricData.member.1.MetricName=x"
                + "&MetricData.member.1.Value=abc").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidParameterValue"));
        query().body("Action=Fly&Version=2010-08-01").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidAction"));
        query().body("Action=DescribeAlarms&Version=2010-08-01&MaxRecords=0").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("ValidationError"));
    }

    @Test
    void jsonClientsGetEpochSecondsAndQueryCompatibleErrors() {
        String ns = "Json/" + UUID.randomUUID().toString().substring(0, 8);
        long t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.MINUTES).getEpochSecond();
        json("PutMetricData").body("{\"Namespace\":\"" + ns + "\",\"MetricData\":[{\"MetricName\":\"M\",\"Value\":2,"
                + "\"Timestamp\":" + t + "}]}").post("/").then().statusCode(200)
                .contentType("application/x-amz-json-1.0");
        json("GetMetricStatistics").body("{\"Namespace\":\"" + ns + "\",\"MetricName\":\"M\",\"StartTime\":"
                + (t - 60) + ",\"EndTime\":" + (t + 60) + ",\"Period\":60,\"Statistics\":[\"Sum\"]}")
                .post("/").then().using().defaultParser(Parser.JSON).and().statusCode(200)
                .body("Datapoints[0].Sum", equalTo(2.0f))
                .body("Datapoints[0].Timestamp", equalTo((int) t));
        json("PutMetricData").body("{\"MetricData\":[]}").post("/").then().using().defaultParser(Parser.JSON).and().statusCode(400)
                .header("x-amzn-query-error", "MissingParameter;Sender")
                .body("__type", equalTo("MissingRequiredParameterException"));
        json("PutMetricData").body("{\"Namespace\":").post("/").then().using().defaultParser(Parser.JSON).and()
                .statusCode(400)
                .body("__type", equalTo("SerializationException"));
    }

    @Test
    void cborClientsGetCborAndCborErrors() throws Exception {
        String ns = "Cbor/" + UUID.randomUUID().toString().substring(0, 8);
        byte[] put = CBOR.writeValueAsBytes(Map.of("Namespace", ns, "MetricData",
                java.util.List.of(Map.of("MetricName", "M", "Value", 3.5))));
        cbor("PutMetricData", put).then().statusCode(200).header("smithy-protocol", "rpc-v2-cbor")
                .contentType("application/cbor");
        Response list = cbor("ListMetrics", CBOR.writeValueAsBytes(Map.of("Namespace", ns)));
        JsonNode listed = CBOR.readTree(list.asByteArray());
        assertThat(listed.at("/Metrics/0/MetricName").asText()).isEqualTo("M");

        Response error = cbor("PutMetricData", CBOR.writeValueAsBytes(Map.of("Namespace", "AWS/EC2",
                "MetricData", java.util.List.of(Map.of("MetricName", "M", "Value", 1)))));
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.header("x-amzn-query-error")).isEqualTo("InvalidParameterValue;Sender");
        JsonNode body = CBOR.readTree(error.asByteArray());
        assertThat(body.get("__type").asText()).isEqualTo("InvalidParameterValueException");
        assertThat(body.get("message").asText()).isEqualTo("The value AWS/EC2 for parameter Namespace is invalid.");

        assertThat(cbor("Fly", CBOR.writeValueAsBytes(Map.of())).statusCode()).isEqualTo(404);
        assertThat(cbor("PutMetricData", new byte[] {(byte) 0xbf, 0x61}).statusCode()).isEqualTo(400);
    }

    static Response cbor(String operation, byte[] body) {
        return given().header("Authorization", AUTH).header("smithy-protocol", "rpc-v2-cbor")
                .contentType("application/cbor").accept("application/cbor").body(body)
                .post("/service/GraniteServiceVersion20100801/operation/" + operation);
    }
}
