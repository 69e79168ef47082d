package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.Destination;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroupSummary;
import software.amazon.awssdk.services.cloudwatchlogs.model.PolicyType;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryDefinition;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourcePolicy;

/** Policies, destinations, saved queries and log group settings through the AWS SDK for Java v2. */
@QuarkusTest
class LogsPoliciesTest {

    static final CloudWatchLogsClient LOGS = Clients.logs();
    static final String DOC = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

    static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void resourcePoliciesAreStoredWithRevisionsAndDeleted() {
        String name = "route53-" + id();
        ResourcePolicy put = LOGS.putResourcePolicy(b -> b.policyName(name).policyDocument(DOC)).resourcePolicy();
        assertThat(put.policyName()).isEqualTo(name);
        assertThat(put.policyDocument()).isEqualTo(DOC);
        assertThat(put.lastUpdatedTime()).isPositive();
        assertThat(LOGS.describeResourcePolicies(b -> b.limit(50)).resourcePolicies())
                .extracting(ResourcePolicy::policyName).contains(name);
        LOGS.deleteResourcePolicy(b -> b.policyName(name));
        assertThat(LOGS.describeResourcePolicies(b -> b.limit(50)).resourcePolicies())
                .extracting(ResourcePolicy::policyName).doesNotContain(name);
        assertThatThrownBy(() -> LOGS.deleteResourcePolicy(b -> b.policyName(name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Policy with name [" + name + "] does not exist");
    }

    @Test
    void queryDefinitionsAreCreatedUpdatedListedAndDeleted() {
        String name = "errors-" + id();
        String qid = LOGS.putQueryDefinition(b -> b.name(name).queryString("fields @message")
                .logGroupNames("/a")).queryDefinitionId();
        LOGS.putQueryDefinition(b -> b.queryDefinitionId(qid).name(name).queryString("fields @timestamp"));
        List<QueryDefinition> found = LOGS.describeQueryDefinitions(b -> b.queryDefinitionNamePrefix(name))
                .queryDefinitions();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).queryDefinitionId()).isEqualTo(qid);
        assertThat(found.get(0).queryString()).isEqualTo("fields @timestamp");
        assertThat(LOGS.deleteQueryDefinition(b -> b.queryDefinitionId(qid)).success()).isTrue();
        assertThatThrownBy(() -> LOGS.deleteQueryDefinition(b -> b.queryDefinitionId(qid)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> LOGS.putQueryDefinition(b -> b.name(name)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("1 validation error "
                        + "detected: Value null at 'queryString' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void destinationsCarryTheirPolicy() {
        String name = "dest-" + id();
        Destination d = LOGS.putDestination(b -> b.destinationName(name)
                .targetArn("arn:aws:kinesis:us-east-1:000000000000:stream/s")
                .roleArn("arn:aws:iam::000000000000:role/r")).destination();
        assertThat(d.arn()).isEqualTo("arn:aws:logs:us-east-1:000000000000:destination:" + name);
        LOGS.putDestinationPolicy(b -> b.destinationName(name).accessPolicy(DOC));
        List<Destination> found = LOGS.describeDestinations(b -> b.destinationNamePrefix(name)).destinations();
        assertThat(found).extracting(Destination::accessPolicy).containsExactly(DOC);
        LOGS.deleteDestination(b -> b.destinationName(name));
        assertThat(LOGS.describeDestinations(b -> b.destinationNamePrefix(name)).destinations()).isEmpty();
        assertThatThrownBy(() -> LOGS.putDestinationPolicy(b -> b.destinationName(name).accessPolicy(DOC)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void protectedGroupsRefuseDeletionAndKmsKeysAreShown() {
        String g = "/settings/" + id();
        String key = "arn:aws:kms:us-east-1:000000000000:key/" + UUID.randomUUID();
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.putLogGroupDeletionProtection(b -> b.logGroupIdentifier(g).deletionProtectionEnabled(true));
        LOGS.associateKmsKey(b -> b.logGroupName(g).kmsKeyId(key));
        LogGroup described = LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0);
        assertThat(described.kmsKeyId()).isEqualTo(key);
        assertThat(described.deletionProtectionEnabled()).isTrue();
        assertThatThrownBy(() -> LOGS.deleteLogGroup(b -> b.logGroupName(g)))
                .isInstanceOf(CloudWatchLogsException.class)
                .hasMessageContaining("Cannot delete log group with deletion protection enabled");
        assertThat(LOGS.listLogGroups(b -> b.logGroupNamePattern(g.substring(10))).logGroups())
                .extracting(LogGroupSummary::logGroupName).containsExactly(g);

        LOGS.disassociateKmsKey(b -> b.logGroupName(g));
        LOGS.putLogGroupDeletionProtection(b -> b.logGroupIdentifier(g).deletionProtectionEnabled(false));
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0).kmsKeyId()).isNull();
        LOGS.deleteLogGroup(b -> b.logGroupName(g));
        assertThatThrownBy(() -> LOGS.putLogGroupDeletionProtection(b -> b.logGroupIdentifier(g)
                .deletionProtectionEnabled(true))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified log group does not exist.");
    }

    @Test
    void dataProtectionAndAccountPoliciesRoundTrip() {
        String g = "/dp/" + id();
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.putDataProtectionPolicy(b -> b.logGroupIdentifier(g).policyDocument(DOC));
        assertThat(LOGS.getDataProtectionPolicy(b -> b.logGroupIdentifier(g)).policyDocument()).isEqualTo(DOC);
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0)
                .dataProtectionStatusAsString()).isEqualTo("ACTIVATED");
        LOGS.deleteDataProtectionPolicy(b -> b.logGroupIdentifier(g));
        assertThat(LOGS.getDataProtectionPolicy(b -> b.logGroupIdentifier(g)).policyDocument()).isNull();
        LOGS.putDataProtectionPolicy(b -> b.logGroupIdentifier(g).policyDocument(DOC));
        LOGS.deleteLogGroup(b -> b.logGroupName(g));
        LOGS.createLogGroup(b -> b.logGroupName(g));
        assertThat(LOGS.getDataProtectionPolicy(b -> b.logGroupIdentifier(g)).policyDocument())
                .as("a deleted group's policies go with it").isNull();

        String name = "acct-" + id();
        LOGS.putAccountPolicy(b -> b.policyName(name).policyDocument(DOC)
                .policyType(PolicyType.SUBSCRIPTION_FILTER_POLICY));
        assertThat(LOGS.describeAccountPolicies(b -> b.policyType(PolicyType.SUBSCRIPTION_FILTER_POLICY)
                .policyName(name)).accountPolicies()).hasSize(1);
        LOGS.deleteAccountPolicy(b -> b.policyName(name).policyType(PolicyType.SUBSCRIPTION_FILTER_POLICY));
        assertThat(LOGS.describeAccountPolicies(b -> b.policyType(PolicyType.SUBSCRIPTION_FILTER_POLICY)
                .policyName(name)).accountPolicies()).isEmpty();
    }
}
