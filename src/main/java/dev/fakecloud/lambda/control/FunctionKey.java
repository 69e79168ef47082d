package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import java.util.Comparator;

/** A function by account, region and name: the key of everything kept per function. */
public record FunctionKey(Scope scope, String name) {

    /** Account, region, then name: functions of one scope are adjacent and in name order. */
    public static final Comparator<FunctionKey> ORDER = Comparator
            .comparing((FunctionKey k) -> k.scope().accountId())
            .thenComparing(k -> k.scope().region())
            .thenComparing(FunctionKey::name);

    /** The smallest key of a scope, for ranges over its functions. */
    static FunctionKey first(Scope scope) {
        return new FunctionKey(scope, "");
    }

    /** A key after every function name of a scope. */
    static FunctionKey afterLast(Scope scope) {
        return new FunctionKey(scope, "\uffff");
    }
}
