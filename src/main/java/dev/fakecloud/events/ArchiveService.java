package dev.fakecloud.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.ArchiveShapes.CreateArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.CreateArchiveResponse;
import dev.fakecloud.events.model.ArchiveShapes.DeleteArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.DeleteArchiveResponse;
import dev.fakecloud.events.model.ArchiveShapes.DescribeArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.DescribeArchiveResponse;
import dev.fakecloud.events.model.ArchiveShapes.ListArchivesRequest;
import dev.fakecloud.events.model.ArchiveShapes.ListArchivesResponse;
import dev.fakecloud.events.model.ArchiveShapes.UpdateArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.UpdateArchiveResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;

/** Archives: the events of a bus (those an optional pattern selects), kept for replays, counted as AWS counts them. */
@ApplicationScoped
public class ArchiveService {

    private static final Pattern ARCHIVE_NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");

    private final ArchiveStore store;
    private final BusService buses;
    private final Patterns patterns;

    public ArchiveService(ArchiveStore store, BusService buses, Patterns patterns) {
        this.store = store;
        this.buses = buses;
        this.patterns = patterns;
    }

    /** Keeps the event in every enabled archive of the bus whose pattern selects it. */
    void record(String busArn, BusEvent event, ObjectNode json) {
        List<Archive> all = store.allArchives();
        if (all.isEmpty()) {
            return;
        }
        String text = null;
        for (Archive archive : all) {
            if (!archive.eventSourceArn().equals(busArn) || !"ENABLED".equals(archive.state())) {
                continue;
            }
            if (archive.eventPattern() != null && !patterns.compile(archive.eventPattern()).matches(json)) {
                continue;
            }
            text = text == null ? json.toString() : text;
            store.record(archive.arn(), event.timeMillis(), text);
        }
    }

    private static void validateName(Validation v, String name) {
        v.required(name, "archiveName").length(name, "archiveName", 1, 48)
                .pattern(name, "archiveName", ARCHIVE_NAME);
    }

    CreateArchiveResponse create(EventsCall call, CreateArchiveRequest r) {
        Validation v = Validation.start();
        validateName(v, r.archiveName());
        v.required(r.eventSourceArn(), "eventSourceArn").length(r.eventSourceArn(), "eventSourceArn", 1, 1600)
                .pattern(r.eventSourceArn(), "eventSourceArn", Names.ARCHIVE_SOURCE_ARN)
                .length(r.description(), "description", 0, 512).length(r.eventPattern(), "eventPattern", 0, 4096)
                .min(r.retentionDays(), "retentionDays", 0).throwIfInvalid();
        EventBus bus = buses.byArn(r.eventSourceArn())
                .orElseThrow(() -> EventsErrors.busNotFound(Names.busName(r.eventSourceArn())));
        if (r.eventPattern() != null) {
            patterns.compile(r.eventPattern());
        }
        Archive archive = new Archive(r.archiveName(), call.arn("archive/" + r.archiveName()), call.accountId(),
                call.region(), bus.arn(), r.description(), r.eventPattern(), "ENABLED",
                r.retentionDays() == null ? 0 : r.retentionDays(), r.kmsKeyIdentifier(), 0, 0,
                System.currentTimeMillis());
        if (store.putIfAbsent(archive) != null) {
            throw EventsErrors.alreadyExists("Archive " + r.archiveName() + " already exists.");
        }
        return new CreateArchiveResponse(archive.arn(), archive.state(), null, Times.epoch(archive.createdMillis()));
    }

    Archive find(EventsCall call, String name) {
        return store.archive(call.arn("archive/" + name))
                .orElseThrow(() -> EventsErrors.notFound("Archive " + name + " does not exist."));
    }

    DescribeArchiveResponse describe(EventsCall call, DescribeArchiveRequest r) {
        Validation v = Validation.start();
        validateName(v, r.archiveName());
        v.throwIfInvalid();
        Archive a = find(call, r.archiveName());
        return new DescribeArchiveResponse(a.arn(), a.name(), a.eventSourceArn(), a.description(), a.eventPattern(),
                a.state(), null, a.kmsKeyIdentifier(), a.retentionDays(), a.sizeBytes(), a.eventCount(),
                Times.epoch(a.createdMillis()));
    }

    UpdateArchiveResponse update(EventsCall call, UpdateArchiveRequest r) {
        Validation v = Validation.start();
        validateName(v, r.archiveName());
        v.length(r.description(), "description", 0, 512).length(r.eventPattern(), "eventPattern", 0, 4096)
                .min(r.retentionDays(), "retentionDays", 0).throwIfInvalid();
        if (r.eventPattern() == null && r.retentionDays() == null && r.description() == null) {
            throw EventsErrors.validation("At least one of EventPattern, RetentionDays or Description must be provided.");
        }
        if (r.eventPattern() != null) {
            patterns.compile(r.eventPattern());
        }
        Archive current = find(call, r.archiveName());
        Archive a = store.update(current.arn(), x -> x.updated(
                r.description() != null ? r.description() : x.description(),
                r.eventPattern() != null ? r.eventPattern() : x.eventPattern(),
                r.retentionDays() != null ? r.retentionDays() : x.retentionDays(),
                r.kmsKeyIdentifier() != null ? r.kmsKeyIdentifier() : x.kmsKeyIdentifier()))
                .orElseThrow(() -> EventsErrors.notFound("Archive " + r.archiveName() + " does not exist."));
        return new UpdateArchiveResponse(a.arn(), a.state(), null, Times.epoch(a.createdMillis()));
    }

    DeleteArchiveResponse delete(EventsCall call, DeleteArchiveRequest r) {
        Validation v = Validation.start();
        validateName(v, r.archiveName());
        v.throwIfInvalid();
        if (!store.remove(call.arn("archive/" + r.archiveName()))) {
            throw EventsErrors.notFound("Archive " + r.archiveName() + " does not exist.");
        }
        return new DeleteArchiveResponse();
    }

    ListArchivesResponse list(EventsCall call, ListArchivesRequest r) {
        Validation.start().length(r.namePrefix(), "namePrefix", 1, 48)
                .pattern(r.namePrefix(), "namePrefix", ARCHIVE_NAME)
                .pattern(r.eventSourceArn(), "eventSourceArn", Names.ARCHIVE_SOURCE_ARN)
                .oneOf(r.state(), "state", Names.ARCHIVE_STATES).range(r.limit(), "limit", 1, 100).throwIfInvalid();
        int filters = (r.namePrefix() != null ? 1 : 0) + (r.eventSourceArn() != null ? 1 : 0)
                + (r.state() != null ? 1 : 0);
        if (filters > 1) {
            throw EventsErrors.validation(
                    "At most one filter is allowed for ListArchives. Use either : State, EventSourceArn, or NamePrefix.");
        }
        if (r.eventSourceArn() != null && buses.byArn(r.eventSourceArn()).isEmpty()) {
            throw EventsErrors.busNotFound(Names.busName(r.eventSourceArn()));
        }
        List<Archive> matching = store.archives(call).stream()
                .filter(a -> r.namePrefix() == null || a.name().startsWith(r.namePrefix()))
                .filter(a -> r.eventSourceArn() == null || a.eventSourceArn().equals(r.eventSourceArn()))
                .filter(a -> r.state() == null || a.state().equals(r.state())).toList();
        Page<Archive> page = Paging.page(matching, Archive::name, r.nextToken(), r.limit());
        return new ListArchivesResponse(page.items().stream().map(a -> new dev.fakecloud.events.model.ArchiveShapes
                .Archive(a.name(), a.eventSourceArn(), a.state(), null, a.retentionDays(), a.sizeBytes(),
                        a.eventCount(), Times.epoch(a.createdMillis()))).toList(), page.nextMarker());
    }
}
