package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionStart;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionUpdate;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailResponseHandler;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailResponseStream;

/** Live Tail through the SDK's async client: a session streams the events written from then on, as they come. */
@QuarkusTest
class LogsLiveTailTest {

    static final CloudWatchLogsClient LOGS = Clients.logs();
    static final CloudWatchLogsAsyncClient ASYNC = Clients.logsAsync();

    @Inject
    LiveTailHub hub;

    /** What a session received, and its subscription (to end it as a client that goes away). */
    static final class Session implements Subscriber<StartLiveTailResponseStream> {
        final List<LiveTailSessionStart> starts = new CopyOnWriteArrayList<>();
        final List<LiveTailSessionUpdate> updates = new CopyOnWriteArrayList<>();
        final AtomicReference<Subscription> subscription = new AtomicReference<>();
        CompletableFuture<Void> done;

        @Override
        public void onSubscribe(Subscription s) {
            subscription.set(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(StartLiveTailResponseStream event) {
            if (event instanceof LiveTailSessionStart start) {
                starts.add(start);
            } else if (event instanceof LiveTailSessionUpdate update) {
                updates.add(update);
            }
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
        }

        List<LiveTailSessionLogEvent> events() {
            return updates.stream().flatMap(u -> u.sessionResults().stream()).toList();
        }
    }

    static Session tail(StartLiveTailRequest request) {
        Session session = new Session();
        session.done = ASYNC.startLiveTail(request, StartLiveTailResponseHandler.builder()
                .onEventStream(publisher -> publisher.subscribe(session)).build());
        return session;
    }

    static String group() {
        String name = "/tail/" + UUID.randomUUID();
        LOGS.createLogGroup(b -> b.logGroupName(name));
        return name;
    }

    static void put(String group, String stream, String... messages) {
        long now = System.currentTimeMillis();
        LOGS.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(java.util.Arrays
                .stream(messages).map(m -> software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent
                        .builder().timestamp(now).message(m).build()).toList()));
    }

    static String arn(String group) {
        return "arn:aws:logs:us-east-1:000000000000:log-group:" + group;
    }

    @Test
    void aSessionStreamsTheMatchingEventsWrittenAfterItStarted() {
        String tailed = group();
        String other = group();
        LOGS.createLogStream(b -> b.logGroupName(tailed).logStreamName("app"));
        LOGS.createLogStream(b -> b.logGroupName(other).logStreamName("app"));
        put(tailed, "app", "ERROR before the session");
        int openBefore = hub.open();

        Session session = tail(StartLiveTailRequest.builder().logGroupIdentifiers(arn(tailed))
                .logEventFilterPattern("ERROR").build());
        Polling.until("the session started", Duration.ofSeconds(10), () -> !session.starts.isEmpty());
        assertThat(session.starts.get(0).logGroupIdentifiers()).containsExactly(arn(tailed));
        assertThat(session.starts.get(0).logEventFilterPattern()).isEqualTo("ERROR");
        assertThat(session.starts.get(0).sessionId()).isNotBlank();
        Polling.until("an update arrived while nothing was written", Duration.ofSeconds(10),
                () -> !session.updates.isEmpty());
        assertThat(session.updates.get(0).sessionResults()).isEmpty();
        assertThat(session.updates.get(0).sessionMetadata().sampled()).isFalse();

        put(tailed, "app", "ERROR one", "INFO two");
        put(other, "app", "ERROR elsewhere");
        Polling.until("the matching event streamed", Duration.ofSeconds(10), () -> !session.events().isEmpty());
        put(tailed, "app", "ERROR three");
        Polling.until("the next one too", Duration.ofSeconds(10), () -> session.events().size() >= 2);
        assertThat(session.events()).extracting(LiveTailSessionLogEvent::message)
                .containsExactly("ERROR one", "ERROR three");
        LiveTailSessionLogEvent first = session.events().get(0);
        assertThat(first.logGroupIdentifier()).isEqualTo(arn(tailed));
        assertThat(first.logStreamName()).isEqualTo("app");
        assertThat(first.ingestionTime()).isGreaterThanOrEqualTo(first.timestamp());
        assertThat(hub.open()).isEqualTo(openBefore + 1);

        session.subscription.get().cancel();
        Polling.until("the session ended when the client went away", Duration.ofSeconds(10),
                () -> hub.open() == openBefore);
    }

    @Test
    void streamFiltersAndRefusedRequests() {
        String tailed = group();
        Session session = tail(StartLiveTailRequest.builder().logGroupIdentifiers(tailed)
                .logStreamNamePrefixes("web-").build());
        Polling.until("the session started", Duration.ofSeconds(10), () -> !session.starts.isEmpty());
        LOGS.createLogStream(b -> b.logGroupName(tailed).logStreamName("web-1"));
        LOGS.createLogStream(b -> b.logGroupName(tailed).logStreamName("worker-1"));
        put(tailed, "worker-1", "from the worker");
        put(tailed, "web-1", "from the web");
        Polling.until("the web stream's event streamed", Duration.ofSeconds(10), () -> !session.events().isEmpty());
        assertThat(session.events()).extracting(LiveTailSessionLogEvent::message).containsExactly("from the web");
        session.subscription.get().cancel();

        assertThatThrownBy(() -> tail(StartLiveTailRequest.builder().logGroupIdentifiers(arn("/tail/none-"
                + UUID.randomUUID())).build()).done.join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> tail(StartLiveTailRequest.builder().logGroupIdentifiers(tailed)
                .logStreamNames("a").logStreamNamePrefixes("b").build()).done.join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> tail(StartLiveTailRequest.builder().logGroupIdentifiers(tailed, group())
                .logStreamNames("a").build()).done.join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InvalidParameterException.class);
    }
}
