package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetAccountSettingsResponse;

@QuarkusTest
class AccountSettingsTest {

    /** A region of its own, so that other tests' functions don't move the numbers. */
    final LambdaClient lambda = Clients.lambda(Region.SA_EAST_1);

    @Test
    void usageFollowsFunctionsAndVersions() {
        GetAccountSettingsResponse before = lambda.getAccountSettings();
        assertThat(before.accountLimit().concurrentExecutions()).isEqualTo(1000);
        assertThat(before.accountLimit().codeSizeZipped()).isEqualTo(52_428_800L);
        assertThat(before.accountLimit().codeSizeUnzipped()).isEqualTo(262_144_000L);
        assertThat(before.accountLimit().totalCodeSize()).isEqualTo(80_530_636_800L);

        String name = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        var created = lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role(FunctionLifecycleTest.ROLE).handler("h.h").code(c -> c.zipFile(Zips.pythonHandler())));
        GetAccountSettingsResponse after = lambda.getAccountSettings();
        assertThat(after.accountUsage().functionCount()).isEqualTo(before.accountUsage().functionCount() + 1);
        assertThat(after.accountUsage().totalCodeSize())
                .isEqualTo(before.accountUsage().totalCodeSize() + created.codeSize());

        lambda.publishVersion(b -> b.functionName(name));
        assertThat(lambda.getAccountSettings().accountUsage().totalCodeSize())
                .isEqualTo(before.accountUsage().totalCodeSize() + 2 * created.codeSize());

        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(40));
        assertThat(lambda.getAccountSettings().accountLimit().unreservedConcurrentExecutions()).isEqualTo(960);
    }
}
