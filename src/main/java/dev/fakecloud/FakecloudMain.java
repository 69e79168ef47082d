package dev.fakecloud;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts fakecloud: reads the command's flags ({@code --port}, {@code --data-dir}, {@code --help},
 * {@code --version}; see {@link CommandLine}), then starts Quarkus. Before Quarkus starts, it turns off the HTTP layer's check that request targets are valid URIs:
 * that check answers a malformed target (a stray {@code %}, a {@code |} or {@code {}) with a bare 400 that no AWS
 * client can read, before fakecloud sees the request. fakecloud reads such targets itself and answers them with
 * the caller's AWS error (the gateway's RequestEdge route). The switch is a JVM system property read
 * once, when the HTTP layer's classes load; the tests set it the same way (in the build's test configuration).
 */
@QuarkusMain
public final class FakecloudMain {

    /** The Vert.x/Quarkus system property that turns the check off. */
    public static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    private FakecloudMain() {
    }

    public static void main(String... args) {
        CommandLine command = CommandLine.parse(args);
        int exit = command.answer(System.out, System.err);
        if (exit >= 0) {
            System.exit(exit);
        }
        System.setProperty(DISABLE_URI_VALIDATION, "true");
        Quarkus.run(command.remaining().toArray(String[]::new));
    }
}
