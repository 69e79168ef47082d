package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps only the attributes (and nested elements) a projection names. */
public final class Projector {

    private Projector() {
    }

    public static Map<String, Value> project(Map<String, Value> item, List<Ast.Path> paths) {
        if (paths == null || item == null) {
            return item;
        }
        Map<Object, Object> tree = new LinkedHashMap<>();
        for (Ast.Path p : paths) {
            Value v = Documents.get(item, p);
            if (v != null) {
                insert(tree, p.elements(), 0, v);
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put((String) k, build(v)));
        return out;
    }

    /** Builds a skeleton of maps (by name) and sorted maps (by list index) holding the selected leaves. */
    @SuppressWarnings("unchecked")
    private static void insert(Map<Object, Object> node, List<Object> steps, int i, Value leaf) {
        Object step = steps.get(i);
        if (i == steps.size() - 1) {
            node.put(step, leaf);
            return;
        }
        Object next = node.get(step);
        if (!(next instanceof Map)) {
            next = steps.get(i + 1) instanceof Integer ? new TreeMap<Object, Object>() : new LinkedHashMap<>();
            node.put(step, next);
        }
        insert((Map<Object, Object>) next, steps, i + 1, leaf);
    }

    @SuppressWarnings("unchecked")
    private static Value build(Object node) {
        if (node instanceof Value v) {
            return v;
        }
        if (node instanceof TreeMap<?, ?> indexed) {
            List<Value> list = new ArrayList<>();
            indexed.values().forEach(v -> list.add(build(v)));
            return new Value.L(list);
        }
        Map<String, Value> map = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((k, v) -> map.put(k, build(v)));
        return new Value.M(map);
    }
}
