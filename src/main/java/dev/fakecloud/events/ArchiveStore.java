package dev.fakecloud.events;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Archives, the events they keep and replays, by ARN, in the state store. */
@Startup
@ApplicationScoped
public class ArchiveStore {

    private final Table<String, Archive> archives;
    private final Table<String, ArchivedEvent> events;
    private final Table<String, Replay> replays;

    public ArchiveStore(StateStore store) {
        this.archives = store.sortedTable("events.archives", String.class, Archive.class, Comparator.naturalOrder());
        this.events = store.sortedTable("events.archived-events", String.class, ArchivedEvent.class,
                Comparator.naturalOrder());
        this.replays = store.sortedTable("events.replays", String.class, Replay.class, Comparator.naturalOrder());
    }

    Optional<Archive> archive(String arn) {
        return archives.find(arn);
    }

    Archive putIfAbsent(Archive archive) {
        return archives.putIfAbsent(archive.arn(), archive);
    }

    Optional<Archive> update(String arn, UnaryOperator<Archive> change) {
        return Optional.ofNullable(archives.update(arn, change));
    }

    boolean remove(String arn) {
        if (archives.remove(arn) == null) {
            return false;
        }
        events.removeIf((k, e) -> e.archiveArn().equals(arn));
        return true;
    }

    List<Archive> archives(EventsCall call) {
        String prefix = call.arn("archive/");
        return archives.tail(prefix, true).stream().takeWhile(a -> a.arn().startsWith(prefix)).toList();
    }

    /** Every archive of every account (few), for routing. */
    List<Archive> allArchives() {
        return List.copyOf(archives.values());
    }

    /** Adds an event to an archive, counting it; false when the archive is gone. */
    boolean record(String archiveArn, long timeMillis, String json) {
        long bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Archive counted = archives.update(archiveArn, a -> a.recorded(bytes));
        if (counted == null) {
            return false;
        }
        events.put(ArchivedEvent.key(archiveArn, counted.eventCount()),
                new ArchivedEvent(archiveArn, counted.eventCount(), timeMillis, json));
        return true;
    }

    /** An archive's events in arrival order. */
    List<ArchivedEvent> events(String archiveArn) {
        String prefix = archiveArn + "#";
        return events.tail(prefix, true).stream().takeWhile(e -> e.archiveArn().equals(archiveArn)).toList();
    }

    Optional<Replay> replay(String arn) {
        return replays.find(arn);
    }

    Replay putIfAbsent(Replay replay) {
        return replays.putIfAbsent(replay.arn(), replay);
    }

    Optional<Replay> updateReplay(String arn, UnaryOperator<Replay> change) {
        return Optional.ofNullable(replays.update(arn, change));
    }

    List<Replay> replays(EventsCall call) {
        String prefix = call.arn("replay/");
        return replays.tail(prefix, true).stream().takeWhile(r -> r.arn().startsWith(prefix)).toList();
    }
}
