package dev.fakecloud.shipping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The distribution ({@code target/fakecloud}) and the image, built once per test run by the project's scripts. */
final class Distribution {

    static final Path HOME = Path.of("target/fakecloud").toAbsolutePath();
    static final Path BIN = HOME.resolve("bin/fakecloud");
    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static boolean imageBuilt;

    private Distribution() {
    }

    /** Builds target/fakecloud from the packaged application unless it is already newer than it. */
    static synchronized void build() throws Exception {
        if (Files.exists(BIN) && Files.getLastModifiedTime(BIN).compareTo(Files.getLastModifiedTime(APP)) > 0) {
            return;
        }
        run(List.of("bash", "scripts/dist.sh"), 600);
    }

    /** Builds the image fakecloud:dev from the distribution, once per run. */
    static synchronized void buildImage() throws Exception {
        build();
        if (!imageBuilt) {
            run(List.of("bash", "scripts/image.sh"), 900);
            imageBuilt = true;
        }
    }

    /** Runs {@code command} in the project directory; fails with its output unless it exits 0. */
    static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("fakecloud-ship-", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " took longer than " + timeoutSeconds + " s:\n" + Files.readString(out));
        }
        String output = Files.readString(out);
        if (p.exitValue() != 0) {
            throw new AssertionError(command + " exited with " + p.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** Runs {@code command}, returning its exit code and output (both streams), without judging them. */
    static Result exec(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("fakecloud-ship-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", "/usr/bin:/bin");
        Process p = builder.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), Files.readString(out));
    }

    record Result(int exitCode, String output) {
    }
}
