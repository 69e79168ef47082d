package dev.fakecloud.lambda.control;

import dev.fakecloud.core.store.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The one registry of what goes when a function, or one of its versions or aliases, is deleted. Each service
 * declares, when it creates a table kept per function, which function (and qualifier) a row belongs to; deleting
 * removes those rows from every declared table. Parts that keep no table rows (running environments) hear of it
 * through {@link FunctionDeleted}, fired once the rows are gone.
 */
@ApplicationScoped
public class FunctionCleanup {

    private record Owned<K>(Table<K, ?> table, Function<K, FunctionKey> function, Function<K, String> qualifier) {

        void functionDeleted(FunctionKey fn) {
            table.removeIf((k, v) -> fn.equals(function.apply(k)));
        }

        void qualifierDeleted(FunctionKey fn, String deleted) {
            if (qualifier != null) {
                table.removeIf((k, v) -> fn.equals(function.apply(k)) && deleted.equals(qualifier.apply(k)));
            }
        }
    }

    private final List<Owned<?>> owned = new CopyOnWriteArrayList<>();
    private final Event<FunctionDeleted> deleted;

    public FunctionCleanup(Event<FunctionDeleted> deleted) {
        this.deleted = deleted;
    }

    /**
     * Rows of {@code table} belong to the function {@code function} names; they go with it, and with the version or
     * alias {@code qualifier} names when that is not null.
     */
    public <K> void owns(Table<K, ?> table, Function<K, FunctionKey> function, Function<K, String> qualifier) {
        owned.add(new Owned<>(table, function, qualifier));
    }

    /** Rows keyed by {@link QualifiedKey} go with the function and with the qualifier they name. */
    public void ownsPerQualifier(Table<QualifiedKey, ?> table) {
        owns(table, QualifiedKey::functionKey, QualifiedKey::qualifier);
    }

    void functionDeleted(FunctionKey fn) {
        owned.forEach(o -> o.functionDeleted(fn));
        deleted.fire(new FunctionDeleted(fn.scope(), fn.name(), null));
    }

    void qualifierDeleted(FunctionKey fn, String qualifier) {
        owned.forEach(o -> o.qualifierDeleted(fn, qualifier));
        deleted.fire(new FunctionDeleted(fn.scope(), fn.name(), qualifier));
    }
}
