package dev.fakecloud.lambda;

import dev.fakecloud.support.Polling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CapacityProvider;
import software.amazon.awssdk.services.lambda.model.CapacityProviderScalingMode;
import software.amazon.awssdk.services.lambda.model.CapacityProviderState;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListCapacityProvidersResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionVersionsByCapacityProviderResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.State;

@QuarkusTest
class CapacityProviderTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final String OPERATOR = "arn:aws:iam::000000000000:role/capacity-operator";
    static final String PREFIX = "arn:aws:lambda:us-east-1:000000000000:capacity-provider:";
    final LambdaClient lambda = Clients.lambda();

    @Test
    void lifecycle() {
        String name = "cp-" + UUID.randomUUID().toString().substring(0, 8);
        CapacityProvider created = lambda.createCapacityProvider(b -> b.capacityProviderName(name)
                .vpcConfig(v -> v.subnetIds("subnet-1", "subnet-2").securityGroupIds("sg-1"))
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn(OPERATOR))
                .tags(Map.of("env", "test"))).capacityProvider();
        assertThat(created.capacityProviderArn()).isEqualTo(PREFIX + name);
        assertThat(created.state()).isEqualTo(CapacityProviderState.PENDING);
        assertThat(created.vpcConfig().subnetIds()).containsExactly("subnet-1", "subnet-2");
        assertThat(created.vpcConfig().securityGroupIds()).containsExactly("sg-1");
        assertThat(created.permissionsConfig().capacityProviderOperatorRoleArn()).isEqualTo(OPERATOR);
        assertThat(created.instanceRequirements().architectures()).containsExactly(Architecture.X86_64);
        assertThat(created.capacityProviderScalingConfig().scalingMode()).isEqualTo(CapacityProviderScalingMode.AUTO);
        assertThat(created.lastModified()).isNotBlank();
        assertThat(lambda.listTags(b -> b.resource(PREFIX + name)).tags()).containsEntry("env", "test");

        CapacityProvider active = eventually(() -> lambda.getCapacityProvider(b -> b.capacityProviderName(name))
                .capacityProvider(), p -> p.state() == CapacityProviderState.ACTIVE);
        assertThat(active.capacityProviderArn()).isEqualTo(PREFIX + name);
        assertThat(lambda.getCapacityProvider(b -> b.capacityProviderName(PREFIX + name)).capacityProvider())
                .isEqualTo(active);

        CapacityProvider updated = lambda.updateCapacityProvider(b -> b.capacityProviderName(name)
                .capacityProviderScalingConfig(s -> s.scalingMode(CapacityProviderScalingMode.MANUAL).maxVCpuCount(64)
                        .scalingPolicies(p -> p.predefinedMetricType("LambdaCapacityProviderAverageCPUUtilization")
                                .targetValue(60.0)))).capacityProvider();
        assertThat(updated.capacityProviderScalingConfig().scalingMode())
                .isEqualTo(CapacityProviderScalingMode.MANUAL);
        assertThat(updated.capacityProviderScalingConfig().maxVCpuCount()).isEqualTo(64);
        assertThat(updated.capacityProviderScalingConfig().scalingPolicies().get(0).targetValue()).isEqualTo(60.0);
        assertThat(updated.vpcConfig()).isEqualTo(active.vpcConfig());

        assertThatThrownBy(() -> lambda.createCapacityProvider(b -> b.capacityProviderName(name)
                .vpcConfig(v -> v.subnetIds("subnet-1").securityGroupIds())
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn(OPERATOR))))
                .isInstanceOf(ResourceConflictException.class);

        CapacityProvider deleting = lambda.deleteCapacityProvider(b -> b.capacityProviderName(name))
                .capacityProvider();
        assertThat(deleting.state()).isEqualTo(CapacityProviderState.DELETING);
        eventually(() -> {
            try {
                lambda.getCapacityProvider(b -> b.capacityProviderName(name));
                return false;
            } catch (ResourceNotFoundException e) {
                assertThat(e.getMessage()).startsWith("Capacity provider not found: " + PREFIX + name);
                assertThat(e.statusCode()).isEqualTo(404);
                return true;
            }
        }, gone -> gone);
        assertThatThrownBy(() -> lambda.listTags(b -> b.resource(PREFIX + name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Capacity provider not found: " + PREFIX + name);
    }

    @Test
    void functionVersionsKeepTheProviderInUse() {
        String name = provider();
        String fn = "cp-fn-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(fn).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler()))
                .capacityProviderConfig(c -> c.lambdaManagedInstancesCapacityProviderConfig(m -> m
                        .capacityProviderArn(PREFIX + name))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(fn));
        String version = lambda.publishVersion(b -> b.functionName(fn)).version();

        ListFunctionVersionsByCapacityProviderResponse versions = lambda.listFunctionVersionsByCapacityProvider(
                b -> b.capacityProviderName(name));
        assertThat(versions.capacityProviderArn()).isEqualTo(PREFIX + name);
        assertThat(versions.functionVersions()).hasSize(1);
        assertThat(versions.functionVersions().get(0).functionArn())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:" + fn + ":" + version);
        assertThat(versions.functionVersions().get(0).state()).isEqualTo(State.ACTIVE);

        assertThatThrownBy(() -> lambda.deleteCapacityProvider(b -> b.capacityProviderName(name)))
                .isInstanceOf(ResourceConflictException.class)
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(409));
        lambda.deleteFunction(b -> b.functionName(fn));
        assertThat(lambda.listFunctionVersionsByCapacityProvider(b -> b.capacityProviderName(name))
                .functionVersions()).isEmpty();
        lambda.deleteCapacityProvider(b -> b.capacityProviderName(name));
    }

    @Test
    void listsByStateAndPage() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(PREFIX + provider());
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String m = marker;
            ListCapacityProvidersResponse page = lambda.listCapacityProviders(b -> b.maxItems(2).marker(m));
            assertThat(page.capacityProviders()).hasSizeLessThanOrEqualTo(2);
            page.capacityProviders().forEach(p -> seen.add(p.capacityProviderArn()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(seen).containsAll(mine).doesNotHaveDuplicates();

        List<String> active = eventually(() -> lambda.listCapacityProviders(b -> b.state(CapacityProviderState.ACTIVE))
                .capacityProviders().stream().map(CapacityProvider::capacityProviderArn).toList(),
                arns -> arns.containsAll(mine));
        assertThat(active).containsAll(mine);
        assertThat(lambda.listCapacityProviders(b -> b.state(CapacityProviderState.DELETING)).capacityProviders())
                .extracting(CapacityProvider::capacityProviderArn).doesNotContainAnyElementsOf(mine);
        mine.forEach(arn -> lambda.deleteCapacityProvider(b -> b.capacityProviderName(arn)));
    }

    @Test
    void validationAndNotFound() {
        assertThatThrownBy(() -> lambda.createCapacityProvider(b -> b.capacityProviderName("bad name")
                .vpcConfig(v -> v.subnetIds("subnet-1").securityGroupIds())
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn(OPERATOR))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'bad name' at 'capacityProviderName' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern");
        assertThatThrownBy(() -> lambda.createCapacityProvider(b -> b.capacityProviderName("cp-x")
                .vpcConfig(v -> v.subnetIds(List.of()).securityGroupIds())
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn("not-a-role"))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("2 validation errors detected: Value '[]' at 'vpcConfig.subnetIds' failed to "
                        + "satisfy constraint: Member must have length greater than or equal to 1; Value 'not-a-role' "
                        + "at 'permissionsConfig.capacityProviderOperatorRoleArn' failed to satisfy constraint");
        assertThatThrownBy(() -> lambda.createCapacityProvider(b -> b.capacityProviderName("cp-x")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("2 validation errors detected: Value null at 'vpcConfig' failed to satisfy "
                        + "constraint: Member must not be null; Value null at 'permissionsConfig'");
        String name = "cp-missing-" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> lambda.updateCapacityProvider(b -> b.capacityProviderName(name)
                .capacityProviderScalingConfig(s -> s.maxVCpuCount(1))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value '1' at "
                        + "'capacityProviderScalingConfig.maxVCpuCount' failed to satisfy constraint: Member must "
                        + "have value greater than or equal to 2");
        assertThatThrownBy(() -> lambda.deleteCapacityProvider(b -> b.capacityProviderName(name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Capacity provider not found: " + PREFIX + name);
        assertThatThrownBy(() -> lambda.listFunctionVersionsByCapacityProvider(b -> b.capacityProviderName(name)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.listCapacityProviders(b -> b.maxItems(51)))
                .isInstanceOf(LambdaException.class)
                .hasMessageContaining("Value '51' at 'maxItems' failed to satisfy constraint: Member must have value "
                        + "less than or equal to 50");
        assertThatThrownBy(() -> lambda.tagResource(b -> b.resource(PREFIX + name).tags(Map.of("a", "b"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Capacity provider not found: " + PREFIX + name);
    }

    private String provider() {
        String name = "cp-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createCapacityProvider(b -> b.capacityProviderName(name)
                .vpcConfig(v -> v.subnetIds("subnet-1").securityGroupIds("sg-1"))
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn(OPERATOR)));
        return name;
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
        return Polling.until(Duration.ofSeconds(5), read, done);
    }
}
