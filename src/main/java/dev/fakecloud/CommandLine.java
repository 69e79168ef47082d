package dev.fakecloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The {@code fakecloud} command's arguments. Flags map to configuration keys (set as system properties, so
 * environment variables keep working for everything a flag does not set); anything else is passed on to Quarkus.
 *
 * @param properties configuration keys and values the flags set
 * @param action what to do instead of serving, or null to serve
 */
record CommandLine(List<String[]> properties, String action, String error, List<String> remaining) {

    static final String USAGE = """
            Usage: fakecloud [options]

            Serves AWS Lambda and the services around it (SQS, SNS, EventBridge, ...) on one port, for the AWS CLI
            and every AWS SDK. Functions run in Docker containers; point DOCKER_HOST at the engine to use.

            Options:
              --port N         the port every service is served on (FAKECLOUD_PORT, default 4566)
              --data-dir DIR   keep all state in DIR and restore it at the next start (FAKECLOUD_DATA_DIR;
                               default: in memory)
              --version        print the version and exit
              --help           print this help and exit

            Every setting is also an environment variable (FAKECLOUD_*); see the README's configuration table.
            """;

    static CommandLine parse(String... args) {
        List<String[]> properties = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (flag) {
                case "--help", "-h" -> {
                    return new CommandLine(properties, "help", null, remaining);
                }
                case "--version", "-v" -> {
                    return new CommandLine(properties, "version", null, remaining);
                }
                case "--port", "--data-dir" -> {
                    String value = inline != null ? inline : i + 1 < args.length ? args[++i] : null;
                    if (value == null || value.isBlank()) {
                        return new CommandLine(properties, null, flag + " needs a value", remaining);
                    }
                    if (flag.equals("--port") && !value.matches("\\d{1,5}")) {
                        return new CommandLine(properties, null, "--port needs a port number, not " + value,
                                remaining);
                    }
                    properties.add(new String[] {flag.equals("--port") ? "fakecloud.port" : "fakecloud.data-dir",
                            value});
                }
                default -> {
                    if (arg.startsWith("--") && !arg.startsWith("--quarkus")) {
                        return new CommandLine(properties, null, "unknown option " + arg, remaining);
                    }
                    remaining.add(arg);
                }
            }
        }
        return new CommandLine(properties, null, null, remaining);
    }

    /** Handles {@code --help}, {@code --version} and bad arguments; returns the exit code, or -1 to go on serving. */
    int answer(PrintStream out, PrintStream err) {
        if (error != null) {
            err.println("fakecloud: " + error);
            err.print(USAGE);
            return 2;
        }
        if ("help".equals(action)) {
            out.print(USAGE);
            return 0;
        }
        if ("version".equals(action)) {
            out.println("fakecloud " + version());
            return 0;
        }
        properties.forEach(p -> System.setProperty(p[0], p[1]));
        return -1;
    }

    /** The version this build carries. */
    static String version() {
        try (InputStream in = CommandLine.class.getResourceAsStream("/fakecloud-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
