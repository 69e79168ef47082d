package dev.fakecloud.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The one operation table answers every operation of the EventBridge API (2015-10-07) that the SDK offers. */
@QuarkusTest
class EventsOperationTableTest {

    @Inject
    EventsOperations operations;

    @Test
    void everyOperationOfTheSdkHasARow() {
        Set<String> sdk = Arrays.stream(EventBridgeClient.class.getMethods())
                .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0].getSimpleName().endsWith("Request")
                        && !m.getParameterTypes()[0].getSimpleName().equals("EventBridgeRequest"))
                .map(Method::getName).map(n -> Character.toUpperCase(n.charAt(0)) + n.substring(1))
                .collect(Collectors.toSet());
        assertThat(sdk).hasSize(57);
        assertThat(operations.names()).containsExactlyInAnyOrderElementsOf(sdk);
        assertThat(operations.get("NoSuchOperation")).isNull();
    }
}
