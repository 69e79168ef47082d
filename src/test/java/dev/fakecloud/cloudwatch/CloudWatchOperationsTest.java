package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every operation of CloudWatch's model (botocore's 2010-08-01 list) is served: none is unknown, none fails. */
@QuarkusTest
class CloudWatchOperationsTest {

    static final List<String> MODEL = List.of("DeleteAlarmMuteRule", "DeleteAlarms", "DeleteAnomalyDetector",
            "DeleteDashboards", "DeleteInsightRules", "DeleteMetricStream", "DescribeAlarmContributors",
            "DescribeAlarmHistory", "DescribeAlarms", "DescribeAlarmsForMetric", "DescribeAnomalyDetectors",
            "DescribeInsightRules", "DisableAlarmActions", "DisableInsightRules", "EnableAlarmActions",
            "EnableInsightRules", "GetAlarmMuteRule", "GetDashboard", "GetInsightRuleReport", "GetMetricData",
            "GetMetricStatistics", "GetMetricStream", "GetMetricWidgetImage", "GetOTelEnrichment",
            "ListAlarmMuteRules", "ListDashboards", "ListManagedInsightRules", "ListMetricStreams", "ListMetrics",
            "ListTagsForResource", "PutAlarmMuteRule", "PutAnomalyDetector", "PutCompositeAlarm", "PutDashboard",
            "PutInsightRule", "PutManagedInsightRules", "PutMetricAlarm", "PutMetricData", "PutMetricStream",
            "SetAlarmState", "StartMetricStreams", "StartOTelEnrichment", "StopMetricStreams", "StopOTelEnrichment",
            "TagResource", "UntagResource");

    @Test
    void everyOperationOfTheModelAnswersAnEmptyRequestInJson() {
        assertThat(MODEL).hasSize(46);
        for (String op : MODEL) {
            Response r = CloudWatchProtocolsTest.json(op).body("{}").post("/");
            String type = r.jsonPath().getString("__type");
            assertThat(r.statusCode()).as(op + " answered " + r.asString()).isLessThan(500);
            assertThat(type == null ? "" : type).as(op).doesNotContain("UnknownOperation");
            assertThat(r.asString()).as(op).doesNotContain("UnknownOperation");
            if (r.statusCode() == 400 && type != null) {
                // an empty request only misses required members or names nothing that exists
                assertThat(r.header("x-amzn-query-error")).as(op + " answered " + r.asString())
                        .matches("(MissingParameter|InvalidParameterValue|ResourceNotFound|ValidationError)"
                                + "(Exception)?;Sender");
            }
        }
    }

    @Test
    void queryClientsSeeCompositeAlarmsAndWidgetImagesInXml() {
        String name = "query-composite-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        CloudWatchProtocolsTest.query().body("Action=PutCompositeAlarm&Version=2010-08-01&AlarmName=" + name
                + "&AlarmRule=TRUE&ActionsEnabled=false").post("/").then().statusCode(200);
        CloudWatchProtocolsTest.query().body("Action=DescribeAlarms&Version=2010-08-01&AlarmNames.member.1=" + name
                + "&AlarmTypes.member.1=CompositeAlarm").post("/").then().statusCode(200)
                .body("DescribeAlarmsResponse.DescribeAlarmsResult.CompositeAlarms.member.AlarmName",
                        org.hamcrest.Matchers.equalTo(name))
                .body("DescribeAlarmsResponse.DescribeAlarmsResult.CompositeAlarms.member.StateValue",
                        org.hamcrest.Matchers.equalTo("ALARM"));
        CloudWatchProtocolsTest.query().body("Action=PutCompositeAlarm&Version=2010-08-01&AlarmName=" + name
                + "&AlarmRule=ALARM(").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", org.hamcrest.Matchers.equalTo("InvalidParameterValue"));
        CloudWatchProtocolsTest.query().body("Action=DeleteAlarms&Version=2010-08-01&AlarmNames.member.1=" + name)
                .post("/").then().statusCode(200);
        CloudWatchProtocolsTest.query().body("Action=GetMetricWidgetImage&Version=2010-08-01&MetricWidget=%7B%7D")
                .post("/").then().statusCode(200)
                .body("GetMetricWidgetImageResponse.GetMetricWidgetImageResult.MetricWidgetImage",
                        org.hamcrest.Matchers.startsWith("iVBORw0KGgo"));
    }
}
