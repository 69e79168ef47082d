package dev.fakecloud.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.S3Request;

/** Every operation the SDK's S3 client offers has a row in fakecloud's S3 operation table. */
@QuarkusTest
class S3OperationCoverageTest {

    @Inject
    S3Operations operations;

    @Test
    void everySdkOperationIsRouted() {
        Set<String> sdk = new TreeSet<>();
        for (Method m : S3AsyncClient.class.getMethods()) {
            if (m.getParameterCount() >= 1 && S3Request.class.isAssignableFrom(m.getParameterTypes()[0])) {
                String request = m.getParameterTypes()[0].getSimpleName();
                sdk.add(request.substring(0, request.length() - "Request".length()));
            }
        }
        assertThat(sdk).hasSizeGreaterThan(90);
        Set<String> missing = new TreeSet<>(sdk);
        missing.removeAll(operations.names());
        assertThat(missing).as("S3 operations the table does not route").isEmpty();
    }
}
