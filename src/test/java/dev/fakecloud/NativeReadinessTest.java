package dev.fakecloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the native build possible: every record and enum of fakecloud (what its codecs serialise and read by
 * reflection) is registered for reflection in the native-image configuration. When a new one is missing, run
 * {@code ./mvnw test -Dtest=NativeReadinessTest -Dfakecloud.native-config.write=true} to rewrite the file.
 */
class NativeReadinessTest {

    private static final Path CLASSES = Path.of("target/classes");
    static final Path CONFIG = Path.of(
            "src/main/resources/META-INF/native-image/dev.fakecloud/fakecloud/reflect-config.json");

    @Test
    void everyRecordAndEnumIsRegisteredForReflection() throws IOException {
        String expected = config(serialisedTypes());
        if (Boolean.getBoolean("fakecloud.native-config.write")) {
            Files.createDirectories(CONFIG.getParent());
            Files.writeString(CONFIG, expected);
        }
        assertThat(Files.exists(CONFIG) ? Files.readString(CONFIG) : "")
                .as("%s lists every record and enum (rewrite it with -Dfakecloud.native-config.write=true)", CONFIG)
                .isEqualTo(expected);
    }

    @Test
    void nothingLoadsApplicationClassesByName() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = Files.readString(p);
                    return s.contains("Class.forName(") || s.contains(".loadClass(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static List<String> serialisedTypes() throws IOException {
        ClassLoader loader = NativeReadinessTest.class.getClassLoader();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/fakecloud"))) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> CLASSES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> {
                        try {
                            Class<?> c = Class.forName(name, false, loader);
                            return c.isRecord() || c.isEnum();
                        } catch (ClassNotFoundException | LinkageError e) {
                            return false;
                        }
                    })
                    .sorted()
                    .toList();
        }
    }

    private static String config(List<String> types) {
        return types.stream()
                .map(t -> "  {\"name\": \"" + t + "\", \"allDeclaredConstructors\": true, \"allDeclaredMethods\": true,"
                        + " \"allDeclaredFields\": true}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }
}
