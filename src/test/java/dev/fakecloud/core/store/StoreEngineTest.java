package dev.fakecloud.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps what it acknowledged across restarts, crashes and compactions, and refuses what it cannot read. */
class StoreEngineTest {

    record Key(String scope, String name) {
    }

    record Item(String name, int size, List<String> tags, Map<String, String> labels) {
    }

    @TempDir
    Path dir;

    StoreEngine open(long compactAfter) {
        return new StoreEngine(new StoreEngine.Options(dir, false, compactAfter));
    }

    Table<Key, Item> items(StoreEngine engine) {
        return engine.sortedTable("items", Key.class, Item.class,
                Comparator.comparing(Key::scope).thenComparing(Key::name));
    }

    static Item item(String name, int size) {
        return new Item(name, size, List.of("a", name), Map.of("k", "v" + size));
    }

    @Test
    void inMemoryStoreKeepsNothingOnDisk() {
        StoreEngine engine = new StoreEngine(new StoreEngine.Options(null, false, 1 << 20));
        Table<Key, Item> t = items(engine);
        t.put(new Key("s", "a"), item("a", 1));
        assertThat(engine.persistent()).isFalse();
        assertThat(engine.durable()).isCompleted();
        assertThat(t.sortedValues()).extracting(Item::name).containsExactly("a");
    }

    @Test
    void restartRestoresEveryAcknowledgedChange() {
        StoreEngine engine = open(1 << 20);
        Table<Key, Item> t = items(engine);
        t.put(new Key("s", "b"), item("b", 1));
        t.put(new Key("s", "a"), item("a", 1));
        t.update(new Key("s", "a"), i -> item("a", 2));
        t.put(new Key("s", "c"), item("c", 3));
        t.remove(new Key("s", "c"));
        engine.durable().join();
        engine.abandon();

        StoreEngine again = open(1 << 20);
        Table<Key, Item> restored = items(again);
        assertThat(restored.sortedValues()).containsExactly(item("a", 2), item("b", 1));
        again.close();
    }

    @Test
    void aTornTailIsDroppedWithoutLosingEarlierWrites() throws IOException {
        StoreEngine engine = open(1 << 20);
        Table<Key, Item> t = items(engine);
        IntStream.range(0, 10).forEach(i -> t.put(new Key("s", "k" + i), item("k" + i, i)));
        engine.durable().join();
        engine.abandon();
        Path journal = newestJournal();
        long size = Files.size(journal);
        try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
            f.setLength(size - 5);
        }

        StoreEngine again = open(1 << 20);
        assertThat(again.restored().tornTail()).isTrue();
        assertThat(items(again).size()).isEqualTo(9);
        items(again).put(new Key("s", "after"), item("after", 1));
        again.durable().join();
        again.abandon();

        StoreEngine third = open(1 << 20);
        assertThat(items(third).find(new Key("s", "after"))).isPresent();
        assertThat(items(third).size()).isEqualTo(10);
        third.close();
    }

    @Test
    void compactionLeavesOneSnapshotAndKeepsEverything() throws IOException {
        StoreEngine engine = open(4096);
        Table<Key, Item> t = items(engine);
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 50; i++) {
                t.put(new Key("s", "k" + i), item("k" + i, round));
            }
            engine.durable().join();
        }
        engine.compact();
        t.put(new Key("s", "late"), item("late", 7));
        engine.durable().join();
        engine.abandon();

        try (var files = Files.list(dir.resolve("state"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".fcs")).count()).isEqualTo(1);
        }
        StoreEngine again = open(4096);
        Table<Key, Item> restored = items(again);
        assertThat(restored.size()).isEqualTo(51);
        assertThat(restored.get(new Key("s", "k3"))).isEqualTo(item("k3", 19));
        again.close();
    }

    @Test
    void rowsOfTablesNotYetCreatedSurviveACompaction() {
        StoreEngine engine = open(1 << 20);
        engine.table("other", String.class, String.class).put("x", "y");
        engine.durable().join();
        engine.abandon();

        StoreEngine second = open(1 << 20);
        items(second).put(new Key("s", "a"), item("a", 1));
        second.close();

        StoreEngine third = open(1 << 20);
        assertThat(third.table("other", String.class, String.class).get("x")).isEqualTo("y");
        third.close();
    }

    @Test
    void aSecondProcessIsKeptOutOfAnOpenDirectory() {
        StoreEngine engine = open(1 << 20);
        assertThatThrownBy(() -> open(1 << 20)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already open");
        engine.close();
    }

    @Test
    void anUnknownFormatVersionNamesTheFile() throws IOException {
        StoreEngine engine = open(1 << 20);
        items(engine).put(new Key("s", "a"), item("a", 1));
        engine.durable().join();
        engine.abandon();
        Path journal = newestJournal();
        try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
            f.seek(4);
            f.writeInt(99);
        }
        assertThatThrownBy(() -> open(1 << 20)).isInstanceOf(StoreException.class)
                .hasMessageContaining(journal.toString()).hasMessageContaining("format version 99");
    }

    @Test
    void aDirectoryThatIsAFileGivesAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> new StoreEngine(new StoreEngine.Options(file, false, 1 << 20)))
                .isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
    }

    Path newestJournal() throws IOException {
        try (var files = Files.list(dir.resolve("state"))) {
            return files.filter(f -> f.toString().endsWith(".fcj")).max(Comparator.naturalOrder()).orElseThrow();
        }
    }
}
