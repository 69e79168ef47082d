package dev.fakecloud.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/fakecloud} of the distribution, run as a user runs it: on a machine where no JDK is on the path. */
class DistributionIT {

    @BeforeAll
    static void build() throws Exception {
        Distribution.build();
    }

    @Test
    void theDistributionCarriesItsOwnTrimmedRuntime() {
        assertThat(Distribution.HOME.resolve("runtime/bin/java")).isExecutable();
        assertThat(Distribution.HOME.resolve("runtime/bin/javac")).doesNotExist();
        assertThat(Distribution.HOME.resolve("app/quarkus-run.jar")).exists();
    }

    @Test
    void versionHelpAndBadFlagsAnswerWithoutStartingAServer() throws Exception {
        Distribution.Result version = Distribution.exec(List.of(Distribution.BIN.toString(), "--version"));
        assertThat(version.exitCode()).isZero();
        assertThat(version.output().strip()).matches("fakecloud \\d+\\.\\d+\\.\\d+.*");

        Distribution.Result help = Distribution.exec(List.of(Distribution.BIN.toString(), "--help"));
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("--port", "--data-dir", "--version", "FAKECLOUD_");

        Distribution.Result bad = Distribution.exec(List.of(Distribution.BIN.toString(), "--prot", "1"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.output()).contains("unknown option --prot");

        Distribution.Result noPort = Distribution.exec(List.of(Distribution.BIN.toString(), "--port", "http"));
        assertThat(noPort.exitCode()).isEqualTo(2);
        assertThat(noPort.output()).contains("--port needs a port number");
    }

    @Test
    void flagsChooseThePortAndTheDataDirectoryAndTheBannerSaysSo(@TempDir Path data) throws Exception {
        int port = ServerProcess.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("PATH", "/usr/bin:/bin");
        env.put("FAKECLOUD_PORT", null);
        List<String> command = List.of(Distribution.BIN.toString(), "--port", Integer.toString(port), "--data-dir",
                data.toString());
        String url;
        try (ServerProcess server = ServerProcess.start(command, env, port)) {
            url = Clients.sqs(server.endpoint()).createQueue(b -> b.queueName("kept")).queueUrl();
            dev.fakecloud.support.Polling.until("the banner", java.time.Duration.ofSeconds(30),
                    () -> server.output().contains("AWS_ENDPOINT_URL"));
            assertThat(server.output())
                    .contains("ready on http://localhost:" + port)
                    .contains("services:")
                    .contains("state:    " + data)
                    .contains("export AWS_ENDPOINT_URL=http://localhost:" + port)
                    .doesNotContain("Exception");
            assertThat(server.stop()).isIn(0, 143);
        }
        assertThat(Files.list(data.resolve("state")).toList()).isNotEmpty();
        try (ServerProcess again = ServerProcess.start(command, env, port)) {
            assertThat(Clients.sqs(again.endpoint()).listQueues().queueUrls()).contains(url);
        }
    }
}
