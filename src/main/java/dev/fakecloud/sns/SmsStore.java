package dev.fakecloud.sns;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** SMS settings per account and region, and the SMS sandbox's destination numbers, in the state store. */
@Startup
@ApplicationScoped
public class SmsStore {

    /** The account's SMS attributes in one region. */
    public record Settings(SortedMap<String, String> attributes) {
        public Settings {
            attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        }
    }

    /** A sandbox destination number, Pending until verified with its one-time password. */
    public record SandboxNumber(String scope, String phoneNumber, String status, String oneTimePassword) {
    }

    private final Table<String, Settings> settings;
    private final Table<String, SandboxNumber> sandbox;

    public SmsStore(StateStore store) {
        this.settings = store.table("sns.sms-settings", String.class, Settings.class);
        this.sandbox = store.sortedTable("sns.sms-sandbox", String.class, SandboxNumber.class,
                Comparator.naturalOrder());
    }

    static String scope(SnsCall call) {
        return call.accountId() + "/" + call.region();
    }

    SortedMap<String, String> settings(SnsCall call) {
        Settings s = settings.get(scope(call));
        return s == null ? new TreeMap<>() : new TreeMap<>(s.attributes());
    }

    void putSettings(SnsCall call, SortedMap<String, String> attributes) {
        settings.put(scope(call), new Settings(attributes));
    }

    SandboxNumber sandboxNumber(SnsCall call, String phoneNumber) {
        return sandbox.get(scope(call) + "/" + phoneNumber);
    }

    void put(SandboxNumber number) {
        sandbox.put(number.scope() + "/" + number.phoneNumber(), number);
    }

    SandboxNumber removeSandboxNumber(SnsCall call, String phoneNumber) {
        return sandbox.remove(scope(call) + "/" + phoneNumber);
    }

    List<SandboxNumber> sandboxNumbers(SnsCall call) {
        String prefix = scope(call) + "/";
        return sandbox.range(prefix, prefix + '\uffff');
    }
}
