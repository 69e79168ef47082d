package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and rewriting an item (immutable maps) along a document path. */
public final class Documents {

    private Documents() {
    }

    /** The value at {@code path}, or null when any step of it is missing or of the wrong kind. */
    public static Value get(Map<String, Value> item, Ast.Path path) {
        Value current = item.get(path.head());
        for (int i = 1; i < path.elements().size() && current != null; i++) {
            Object step = path.elements().get(i);
            if (step instanceof Integer index) {
                current = current instanceof Value.L l && index < l.value().size() ? l.value().get(index) : null;
            } else {
                current = current instanceof Value.M m ? m.value().get((String) step) : null;
            }
        }
        return current;
    }

    /** The item with {@code value} at {@code path}; the path's parent must exist (a list index past the end appends). */
    public static Map<String, Value> set(Map<String, Value> item, Ast.Path path, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(item);
        String head = path.head();
        if (path.elements().size() == 1) {
            copy.put(head, value);
            return copy;
        }
        Value child = item.get(head);
        if (child == null) {
            throw invalidPath();
        }
        copy.put(head, setIn(child, path.elements(), 1, value));
        return copy;
    }

    private static Value setIn(Value container, List<Object> steps, int i, Value value) {
        Object step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step instanceof Integer index) {
            if (!(container instanceof Value.L l)) {
                throw invalidPath();
            }
            List<Value> list = new ArrayList<>(l.value());
            if (last) {
                if (index >= list.size()) {
                    list.add(value);
                } else {
                    list.set(index, value);
                }
            } else {
                if (index >= list.size()) {
                    throw invalidPath();
                }
                list.set(index, setIn(list.get(index), steps, i + 1, value));
            }
            return new Value.L(list);
        }
        if (!(container instanceof Value.M m)) {
            throw invalidPath();
        }
        Map<String, Value> map = new LinkedHashMap<>(m.value());
        if (last) {
            map.put((String) step, value);
        } else {
            Value next = map.get(step);
            if (next == null) {
                throw invalidPath();
            }
            map.put((String) step, setIn(next, steps, i + 1, value));
        }
        return new Value.M(map);
    }

    /** The item without what is at {@code path}; a missing path leaves it as it is. */
    public static Map<String, Value> remove(Map<String, Value> item, Ast.Path path) {
        String head = path.head();
        if (!item.containsKey(head)) {
            return item;
        }
        Map<String, Value> copy = new LinkedHashMap<>(item);
        if (path.elements().size() == 1) {
            copy.remove(head);
            return copy;
        }
        Value rewritten = removeIn(item.get(head), path.elements(), 1);
        if (rewritten != null) {
            copy.put(head, rewritten);
        }
        return copy;
    }

    private static Value removeIn(Value container, List<Object> steps, int i) {
        Object step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step instanceof Integer index) {
            if (!(container instanceof Value.L l) || index >= l.value().size()) {
                return container;
            }
            List<Value> list = new ArrayList<>(l.value());
            if (last) {
                list.remove((int) index);
            } else {
                list.set(index, removeIn(list.get(index), steps, i + 1));
            }
            return new Value.L(list);
        }
        if (!(container instanceof Value.M m) || !m.value().containsKey(step)) {
            return container;
        }
        Map<String, Value> map = new LinkedHashMap<>(m.value());
        if (last) {
            map.remove(step);
        } else {
            map.put((String) step, removeIn(map.get(step), steps, i + 1));
        }
        return new Value.M(map);
    }

    private static RuntimeException invalidPath() {
        return DynamoErrors.validation("The document path provided in the update expression is invalid for update");
    }
}
