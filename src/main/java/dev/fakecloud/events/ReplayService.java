package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.ArchiveShapes.CancelReplayRequest;
import dev.fakecloud.events.model.ArchiveShapes.CancelReplayResponse;
import dev.fakecloud.events.model.ArchiveShapes.DescribeReplayRequest;
import dev.fakecloud.events.model.ArchiveShapes.DescribeReplayResponse;
import dev.fakecloud.events.model.ArchiveShapes.ListReplaysRequest;
import dev.fakecloud.events.model.ArchiveShapes.ListReplaysResponse;
import dev.fakecloud.events.model.ArchiveShapes.StartReplayRequest;
import dev.fakecloud.events.model.ArchiveShapes.StartReplayResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Replays: the archived events of a time window sent again to the archive's bus (to the rules in
 * {@code FilterArns}, or all), each with {@code replay-name}. A replay starts a moment after StartReplay answers
 * (so that it is seen STARTING and can be cancelled, as on AWS), runs, and completes.
 */
@ApplicationScoped
public class ReplayService {

    private static final Logger LOG = Logger.getLogger(ReplayService.class);
    private static final Pattern REPLAY_NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");
    static final int MAX_ACTIVE_REPLAYS = 10;
    static final Duration START_DELAY = Duration.ofMillis(200);

    private final ArchiveStore store;
    private final BusService buses;
    private final EventRouter router;

    public ReplayService(ArchiveStore store, BusService buses, EventRouter router) {
        this.store = store;
        this.buses = buses;
        this.router = router;
    }

    StartReplayResponse start(EventsCall call, StartReplayRequest r) {
        Validation.start().required(r.replayName(), "replayName").length(r.replayName(), "replayName", 1, 64)
                .pattern(r.replayName(), "replayName", REPLAY_NAME).length(r.description(), "description", 0, 512)
                .required(r.eventSourceArn(), "eventSourceArn")
                .pattern(r.eventSourceArn(), "eventSourceArn", Names.ARCHIVE_SOURCE_ARN)
                .required(r.eventStartTime(), "eventStartTime").required(r.eventEndTime(), "eventEndTime")
                .required(r.destination(), "destination").throwIfInvalid();
        if (r.destination().arn() == null) {
            throw EventsErrors.validation("1 validation error detected: Value null at 'destination.arn' failed to"
                    + " satisfy constraint: Member must not be null");
        }
        String archiveName = r.eventSourceArn().substring(r.eventSourceArn().indexOf('/') + 1);
        Archive archive = store.archive(r.eventSourceArn()).orElseThrow(() -> EventsErrors.invalidParameter(
                "EventSourceArn", "Archive " + archiveName + " does not exist."));
        EventBus bus = buses.byArn(r.destination().arn())
                .orElseThrow(() -> EventsErrors.busNotFound(Names.busName(r.destination().arn())));
        if (!bus.arn().equals(archive.eventSourceArn())) {
            throw EventsErrors.invalidParameter("Destination.Arn", "Cross event bus replay is not permitted.");
        }
        long start = Times.millis(r.eventStartTime());
        long end = Times.millis(r.eventEndTime());
        if (start >= end) {
            throw EventsErrors.invalidParameter("EventEndTime", "EventStartTime must be before EventEndTime.");
        }
        if (store.replays(call).stream().filter(Replay::active).count() >= MAX_ACTIVE_REPLAYS) {
            throw EventsErrors.limitExceeded();
        }
        long now = System.currentTimeMillis();
        Replay replay = new Replay(r.replayName(), call.arn("replay/" + r.replayName()), call.accountId(),
                call.region(), r.description(), "STARTING", null, archive.arn(), r.destination(), start, end, null,
                now, null);
        if (store.putIfAbsent(replay) != null) {
            throw EventsErrors.alreadyExists("Replay " + r.replayName() + " already exists.");
        }
        Uni.createFrom().voidItem().onItem().delayIt().by(START_DELAY).subscribe()
                .with(v -> run(replay.arn()), e -> LOG.warnf(e, "Replay %s failed", replay.arn()));
        return new StartReplayResponse(replay.arn(), replay.state(), null, Times.epoch(now));
    }

    private void run(String arn) {
        Replay replay = store.updateReplay(arn, r -> r.state().equals("STARTING")
                ? r.withState("RUNNING", null, null, null) : r).orElse(null);
        if (replay == null || !replay.state().equals("RUNNING")) {
            store.updateReplay(arn, r -> r.state().equals("CANCELLING")
                    ? r.withState("CANCELLED", null, r.lastReplayedMillis(), System.currentTimeMillis()) : r);
            return;
        }
        Long last = null;
        List<String> only = replay.destination().filterArns();
        for (ArchivedEvent archived : store.events(replay.eventSourceArn())) {
            if (archived.timeMillis() < replay.eventStartMillis() || archived.timeMillis() >= replay.eventEndMillis()) {
                continue;
            }
            if (store.replay(arn).map(r -> !r.state().equals("RUNNING")).orElse(true)) {
                break;
            }
            JsonNode json = Json.read(archived.json());
            if (json == null) {
                continue;
            }
            BusEvent event = new BusEvent(json.path("id").asText(), json.path("detail-type").asText(),
                    json.path("source").asText(), json.path("account").asText(), archived.timeMillis(),
                    json.path("region").asText(), Json.MAPPER.convertValue(json.path("resources"),
                            Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class)),
                    json.path("detail"), replay.name(), System.currentTimeMillis());
            router.replay(replay.destination().arn(), event, only == null || only.isEmpty() ? null : only);
            last = archived.timeMillis();
        }
        Long lastReplayed = last;
        long now = System.currentTimeMillis();
        store.updateReplay(arn, r -> switch (r.state()) {
            case "RUNNING" -> r.withState("COMPLETED", null, lastReplayed, now);
            case "CANCELLING" -> r.withState("CANCELLED", null, lastReplayed, now);
            default -> r;
        });
    }

    private Replay find(EventsCall call, String name) {
        return store.replay(call.arn("replay/" + name))
                .orElseThrow(() -> EventsErrors.notFound("Replay " + name + " does not exist."));
    }

    CancelReplayResponse cancel(EventsCall call, CancelReplayRequest r) {
        Validation.start().required(r.replayName(), "replayName").length(r.replayName(), "replayName", 1, 64)
                .pattern(r.replayName(), "replayName", REPLAY_NAME).throwIfInvalid();
        Replay replay = find(call, r.replayName());
        Replay next = store.updateReplay(replay.arn(), x -> x.state().equals("STARTING") || x.state().equals("RUNNING")
                ? x.withState("CANCELLING", null, x.lastReplayedMillis(), null) : x).orElse(replay);
        if (!next.state().equals("CANCELLING")) {
            throw EventsErrors.illegalStatus("Replay " + r.replayName() + " is not in a valid state for this operation.");
        }
        return new CancelReplayResponse(next.arn(), next.state(), null);
    }

    DescribeReplayResponse describe(EventsCall call, DescribeReplayRequest r) {
        Validation.start().required(r.replayName(), "replayName").length(r.replayName(), "replayName", 1, 64)
                .pattern(r.replayName(), "replayName", REPLAY_NAME).throwIfInvalid();
        Replay x = find(call, r.replayName());
        return new DescribeReplayResponse(x.name(), x.arn(), x.description(), x.state(), x.stateReason(),
                x.eventSourceArn(), x.destination(), Times.epoch(x.eventStartMillis()), Times.epoch(x.eventEndMillis()),
                x.lastReplayedMillis() == null ? null : Times.epoch(x.lastReplayedMillis()),
                Times.epoch(x.replayStartMillis()), x.replayEndMillis() == null ? null : Times.epoch(x.replayEndMillis()));
    }

    ListReplaysResponse list(EventsCall call, ListReplaysRequest r) {
        Validation.start().length(r.namePrefix(), "namePrefix", 1, 64)
                .pattern(r.namePrefix(), "namePrefix", REPLAY_NAME).oneOf(r.state(), "state", Names.REPLAY_STATES)
                .pattern(r.eventSourceArn(), "eventSourceArn", Names.ARCHIVE_SOURCE_ARN)
                .range(r.limit(), "limit", 1, 100).throwIfInvalid();
        List<Replay> matching = store.replays(call).stream()
                .filter(x -> r.namePrefix() == null || x.name().startsWith(r.namePrefix()))
                .filter(x -> r.state() == null || x.state().equals(r.state()))
                .filter(x -> r.eventSourceArn() == null || x.eventSourceArn().equals(r.eventSourceArn())).toList();
        Page<Replay> page = Paging.page(matching, Replay::name, r.nextToken(), r.limit());
        return new ListReplaysResponse(page.items().stream().map(x -> new dev.fakecloud.events.model.ArchiveShapes
                .Replay(x.name(), x.eventSourceArn(), x.state(), x.stateReason(), Times.epoch(x.eventStartMillis()),
                        Times.epoch(x.eventEndMillis()),
                        x.lastReplayedMillis() == null ? null : Times.epoch(x.lastReplayedMillis()),
                        Times.epoch(x.replayStartMillis()),
                        x.replayEndMillis() == null ? null : Times.epoch(x.replayEndMillis()))).toList(),
                page.nextMarker());
    }
}
