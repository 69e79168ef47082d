package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.Delivery;
import software.amazon.awssdk.services.cloudwatchlogs.model.ExportTask;
import software.amazon.awssdk.services.cloudwatchlogs.model.ExportTaskStatusCode;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** Resources CloudWatch Logs stores without acting on them, through the AWS SDK for Java v2. */
@QuarkusTest
class LogsStoredResourcesTest {

    static final CloudWatchLogsClient LOGS = Clients.logs();

    static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void deliveriesLinkSourcesToDestinations() {
        String source = "src-" + id();
        String destination = "dst-" + id();
        LOGS.putDeliverySource(b -> b.name(source).logType("APPLICATION_LOGS")
                .resourceArn("arn:aws:bedrock:us-east-1:000000000000:knowledge-base/kb1"));
        String destinationArn = LOGS.putDeliveryDestination(b -> b.name(destination)
                .deliveryDestinationConfiguration(c -> c.destinationResourceArn("arn:aws:s3:::bucket")))
                .deliveryDestination().arn();
        Delivery d = LOGS.createDelivery(b -> b.deliverySourceName(source).deliveryDestinationArn(destinationArn))
                .delivery();
        assertThat(d.deliveryDestinationType().toString()).isEqualTo("S3");
        assertThat(LOGS.getDelivery(b -> b.id(d.id())).delivery().deliverySourceName()).isEqualTo(source);
        assertThat(LOGS.getDeliverySource(b -> b.name(source)).deliverySource().service()).isEqualTo("bedrock");
        LOGS.deleteDelivery(b -> b.id(d.id()));
        LOGS.deleteDeliverySource(b -> b.name(source));
        assertThatThrownBy(() -> LOGS.getDeliverySource(b -> b.name(source)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void exportTasksAreReportedCompleted() {
        String g = "/export/" + id();
        LOGS.createLogGroup(b -> b.logGroupName(g));
        String taskId = LOGS.createExportTask(b -> b.logGroupName(g).from(0L).to(System.currentTimeMillis())
                .destination("bucket")).taskId();
        ExportTask t = LOGS.describeExportTasks(b -> b.taskId(taskId)).exportTasks().get(0);
        assertThat(t.status().code()).isEqualTo(ExportTaskStatusCode.COMPLETED);
        assertThat(t.logGroupName()).isEqualTo(g);
        assertThatThrownBy(() -> LOGS.createExportTask(b -> b.logGroupName(g + "-none").from(0L).to(1L)
                .destination("bucket"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void scheduledQueriesAndAnomalyDetectorsRoundTrip() {
        String name = "sq-" + id();
        String arn = LOGS.createScheduledQuery(b -> b.name(name).queryLanguage("CWLI").queryString("fields @message")
                .scheduleExpression("rate(5 minutes)").executionRoleArn("arn:aws:iam::000000000000:role/r"))
                .scheduledQueryArn();
        assertThat(LOGS.getScheduledQuery(b -> b.identifier(arn)).name()).isEqualTo(name);
        assertThat(LOGS.getScheduledQueryHistory(b -> b.identifier(name).startTime(0L).endTime(1L))
                .triggerHistory()).isEmpty();
        LOGS.deleteScheduledQuery(b -> b.identifier(name));
        assertThatThrownBy(() -> LOGS.getScheduledQuery(b -> b.identifier(name)))
                .isInstanceOf(ResourceNotFoundException.class);

        String detector = LOGS.createLogAnomalyDetector(b -> b.logGroupArnList(
                "arn:aws:logs:us-east-1:000000000000:log-group:/x")).anomalyDetectorArn();
        assertThat(LOGS.getLogAnomalyDetector(b -> b.anomalyDetectorArn(detector)).logGroupArnList()).hasSize(1);
        assertThat(LOGS.listAnomalies(b -> b.anomalyDetectorArn(detector)).anomalies()).isEmpty();
        LOGS.deleteLogAnomalyDetector(b -> b.anomalyDetectorArn(detector));
    }
}
