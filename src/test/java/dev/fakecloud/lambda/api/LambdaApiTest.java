package dev.fakecloud.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.UnknownOperationException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dispatcher writes each kind of reply as the route says: status, body, headers; and keeps failures values. */
class LambdaApiTest {

    record Thing(String name) {
    }

    private final AtomicReference<Thread> workerThread = new AtomicReference<>();
    private final AwsResponse invoked = new AwsResponse(200, Map.of("X-Amz-Executed-Version", "$LATEST"),
            "{}".getBytes(StandardCharsets.UTF_8), "application/json");

    private final LambdaApi api = new LambdaApi(Stream.of(
            RestRoute.model("GetThing", "GET", "/2015-03-31/things/{Name}", 200, call -> new Thing(call.label("Name"))),
            RestRoute.modelLater("CreateThing", "POST", "/2015-03-31/things", 201,
                    call -> Uni.createFrom().item(new Thing("new"))),
            RestRoute.empty("DeleteThing", "DELETE", "/2015-03-31/things/{Name}", 204, call -> { }),
            RestRoute.raw("InvokeThing", "POST", "/2015-03-31/things/{Name}/invocations", 200,
                    call -> Uni.createFrom().item(invoked)),
            RestRoute.model("PublishThing", "POST", "/2015-03-31/things/{Name}/versions", 201, call -> {
                workerThread.set(Thread.currentThread());
                return new Thing("published");
            }).onWorker(),
            RestRoute.model("BreakThing", "PUT", "/2015-03-31/things/{Name}", 200, call -> {
                throw new IllegalArgumentException("broken");
            })), new ObjectMapper());

    @Test
    void aModelIsWrittenAsJsonWithTheSuccessStatus() {
        AwsResponse response = answer("GET", "/2015-03-31/things/a");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"a\"}");
        assertThat(answer("POST", "/2015-03-31/things").status()).isEqualTo(201);
    }

    @Test
    void anEmptyReplyIsTheSuccessStatusWithNoBody() {
        AwsResponse response = answer("DELETE", "/2015-03-31/things/a");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.contentType()).isNull();
    }

    @Test
    void aRawReplyIsSentAsBuilt() {
        assertThat(answer("POST", "/2015-03-31/things/a/invocations")).isSameAs(invoked);
    }

    @Test
    void aWorkerRouteRunsOffTheCallersThread() {
        assertThat(answer("POST", "/2015-03-31/things/a/versions").status()).isEqualTo(201);
        assertThat(workerThread.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }

    @Test
    void aFailingHandlerIsAFailedUni() {
        api.handle(request("PUT", "/2015-03-31/things/a")).subscribe().withSubscriber(UniAssertSubscriber.create())
                .awaitFailure().assertFailedWith(IllegalArgumentException.class, "broken");
    }

    @Test
    void aPathNoRouteAnswersIsAnUnknownOperation() {
        assertThatThrownBy(() -> api.handle(request("GET", "/2015-03-31/nothing")))
                .isInstanceOf(UnknownOperationException.class);
        assertThat(api.table()).extracting(RestRoute::operation).hasSize(6);
    }

    private AwsResponse answer(String method, String path) {
        return api.handle(request(method, path)).subscribe().withSubscriber(UniAssertSubscriber.create())
                .awaitItem().assertCompleted().getItem();
    }

    private static AwsRequest request(String method, String path) {
        return new AwsRequest("req-1", method, path, Map.of(), Map.of(), new byte[0], "000000000000", "us-east-1",
                "http://localhost:4566");
    }
}
