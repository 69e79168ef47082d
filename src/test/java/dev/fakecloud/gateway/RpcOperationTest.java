package dev.fakecloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rows of an RPC operation table answer what their factory says, and their failures are values. */
class RpcOperationTest {

    record Caller(String account) {
    }

    record Hello(String name) {
    }

    record Greeting(String text) {
    }

    @Test
    void aResultRowAnswersItsShape() {
        RpcOperation<Caller, Hello, Greeting> op = RpcOperation.result("Greet", Hello.class,
                (c, r) -> new Greeting("hello " + r.name() + " of " + c.account()));
        assertThat(op.name()).isEqualTo("Greet");
        assertThat(op.requestType()).isEqualTo(Hello.class);
        assertThat(answer(op.invoke(new Caller("1"), new Hello("ann")))).isEqualTo(new Greeting("hello ann of 1"));
    }

    @Test
    void aLaterRowAnswersWhenItsUniDoes() {
        RpcOperation<Caller, Hello, Greeting> op = RpcOperation.resultLater("Greet", Hello.class,
                (c, r) -> Uni.createFrom().item(new Greeting(r.name())));
        assertThat(answer(op.invoke(new Caller("1"), new Hello("bob")))).isEqualTo(new Greeting("bob"));
    }

    @Test
    void anEmptyRowRunsItsHandlerAndAnswersNull() {
        AtomicInteger runs = new AtomicInteger();
        RpcOperation<Caller, Hello, Void> op = RpcOperation.empty("Forget", Hello.class,
                (c, r) -> runs.incrementAndGet());
        Uni<Void> reply = op.invoke(new Caller("1"), new Hello("cy"));
        assertThat(runs).as("nothing runs before the dispatcher subscribes").hasValue(0);
        assertThat(answer(reply)).isNull();
        assertThat(runs).hasValue(1);
    }

    @Test
    void handlersThatThrowGiveFailedUnisNotExceptions() {
        IllegalStateException boom = new IllegalStateException("boom");
        RpcOperation<Caller, Hello, Greeting> sync = RpcOperation.result("A", Hello.class, (c, r) -> {
            throw boom;
        });
        RpcOperation<Caller, Hello, Greeting> later = RpcOperation.resultLater("B", Hello.class, (c, r) -> {
            throw boom;
        });
        RpcOperation<Caller, Hello, Void> empty = RpcOperation.empty("C", Hello.class, (c, r) -> {
            throw boom;
        });
        for (RpcOperation<Caller, Hello, ?> op : List.of(sync, later, empty)) {
            assertThatCode(() -> op.invoke(new Caller("1"), new Hello("x"))).doesNotThrowAnyException();
            op.invoke(new Caller("1"), new Hello("x")).subscribe().withSubscriber(UniAssertSubscriber.create())
                    .assertFailedWith(IllegalStateException.class, "boom");
        }
    }

    private static <T> T answer(Uni<T> uni) {
        return uni.subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted().getItem();
    }
}
