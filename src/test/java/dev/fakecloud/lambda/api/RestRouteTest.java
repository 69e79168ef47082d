package dev.fakecloud.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.Reply;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each factory of {@link RestRoute} gives the reply it names, and a handler's failures stay values. */
class RestRouteTest {

    record Thing(String name) {
    }

    private static final String URI = "/2015-03-31/things/{Name}";

    @Test
    void aModelRouteRepliesWithTheRecordItsHandlerReturns() {
        RestRoute route = RestRoute.model("GetThing", "GET", URI, 200, call -> new Thing(call.label("Name")));
        assertThat(route.operation()).isEqualTo("GetThing");
        assertThat(route.method()).isEqualTo("GET");
        assertThat(route.successStatus()).isEqualTo(200);
        assertThat(route.worker()).isFalse();
        assertThat(answer(route, call("a"))).isEqualTo(Reply.model(new Thing("a")));
    }

    @Test
    void aModelLaterRouteRepliesWhenItsUniDoes() {
        RestRoute route = RestRoute.modelLater("GetThing", "GET", URI, 200,
                call -> Uni.createFrom().item(new Thing(call.label("Name"))));
        assertThat(answer(route, call("b"))).isEqualTo(new Reply.Model(new Thing("b")));
    }

    @Test
    void anEmptyRouteRunsItsHandlerOnSubscriptionAndRepliesEmpty() {
        AtomicInteger runs = new AtomicInteger();
        RestRoute route = RestRoute.empty("DeleteThing", "DELETE", URI, 204, call -> runs.incrementAndGet());
        Uni<Reply> reply = route.answer(call("c"));
        assertThat(runs).as("nothing runs before the dispatcher subscribes").hasValue(0);
        assertThat(reply.subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted().getItem())
                .isInstanceOf(Reply.Empty.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRawRouteRepliesWithTheResponseItBuilt() {
        AwsResponse built = AwsResponse.json(202, "{\"Status\":202}".getBytes()).withHeader("X-Thing", "d");
        RestRoute route = RestRoute.raw("InvokeThing", "POST", URI, 202, call -> Uni.createFrom().item(built));
        assertThat(answer(route, call("d"))).isEqualTo(new Reply.Raw(built));
    }

    @Test
    void onWorkerKeepsTheRouteAndMarksIt() {
        RestRoute route = RestRoute.model("GetThing", "GET", URI, 201, call -> new Thing("e"));
        RestRoute onWorker = route.onWorker();
        assertThat(onWorker.worker()).isTrue();
        assertThat(onWorker.handler()).isSameAs(route.handler());
        assertThat(onWorker.template()).isSameAs(route.template());
        assertThat(onWorker.successStatus()).isEqualTo(201);
    }

    @Test
    void handlersThatThrowGiveFailedUnisNotExceptions() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<RestRoute> routes = List.of(
                RestRoute.model("A", "GET", URI, 200, call -> {
                    throw boom;
                }),
                RestRoute.modelLater("B", "GET", URI, 200, call -> {
                    throw boom;
                }),
                RestRoute.empty("C", "GET", URI, 204, call -> {
                    throw boom;
                }),
                RestRoute.raw("D", "GET", URI, 200, call -> {
                    throw boom;
                }),
                new RestRoute("E", "GET", new UriTemplate(URI), 200, call -> {
                    throw boom;
                }, false));
        for (RestRoute route : routes) {
            assertThatCode(() -> route.answer(call("x"))).as(route.operation()).doesNotThrowAnyException();
            route.answer(call("x")).subscribe().withSubscriber(UniAssertSubscriber.create())
                    .assertFailedWith(IllegalStateException.class, "boom");
        }
    }

    @Test
    void aModelRouteWhoseHandlerReturnsNullFailsAndSaysWhy() {
        RestRoute route = RestRoute.model("GetThing", "GET", URI, 200, call -> (Thing) null);
        route.answer(call("y")).subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertFailedWith(NullPointerException.class, "Reply.empty()");
    }

    private static Reply answer(RestRoute route, LambdaCall call) {
        return route.answer(call).subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted()
                .getItem();
    }

    static LambdaCall call(String name) {
        AwsRequest request = new AwsRequest("req-1", "GET", "/2015-03-31/things/" + name, Map.of(), Map.of(),
                new byte[0], "000000000000", "us-east-1", "http://localhost:4566");
        return new LambdaCall("GetThing", request, Map.of("Name", name), new ObjectMapper());
    }
}
