package dev.fakecloud.gateway;

import static dev.fakecloud.gateway.Malformations.utf8;

import dev.fakecloud.lambda.api.RestRoute;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;

/**
 * Malformed Lambda (REST-JSON) requests: every operation with a JSON body times every unreadable document, every
 * member of its input (from the SDK model) given a wrong type or a {@code null} inside, plus invoke payloads, zips,
 * environment variables, request targets and paths that Lambda refuses.
 */
final class LambdaMalformedRequests {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/lambda/aws4_request, "
            + "SignedHeaders=host, Signature=abc";
    private static final Map<String, String> HEADERS = Map.of("Authorization", AUTH, "Content-Type",
            "application/json");
    /** Operations whose body is not a JSON document of members but an opaque payload. */
    private static final Set<String> RAW_BODY = Set.of("Invoke", "InvokeAsync", "InvokeWithResponseStream",
            "SendDurableExecutionCallbackSuccess");
    private static final Pattern LABEL = Pattern.compile("\\{([A-Za-z]+)}");

    /** The resources the requests name: a function with an alias and a layer version, all existing. */
    record Fixture(String function, String functionArn, String alias, String layer) {
    }

    private final Fixture fixture;
    private final List<MalformedRequest> out = new ArrayList<>();

    private LambdaMalformedRequests(Fixture fixture) {
        this.fixture = fixture;
    }

    static List<MalformedRequest> all(List<RestRoute> table, Fixture fixture) {
        LambdaMalformedRequests g = new LambdaMalformedRequests(fixture);
        Map<String, Class<?>> sdk = sdkInputs();
        for (RestRoute route : table) {
            if (Set.of("POST", "PUT", "PATCH").contains(route.method()) && !RAW_BODY.contains(route.operation())) {
                g.bodies(route, sdk.get(route.operation()));
            }
        }
        g.invokePayloads();
        g.zips();
        g.environments();
        g.oversized();
        g.targets();
        return g.out;
    }

    private void add(String name, String method, String target, byte[] body) {
        add(name, method, target, Map.of(), body);
    }

    private void add(String name, String method, String target, Map<String, String> extraHeaders, byte[] body) {
        Map<String, String> headers = new TreeMap<>(HEADERS);
        headers.putAll(extraHeaders);
        out.add(new MalformedRequest(name, method, target, headers, body, Protocol.REST_JSON));
    }

    private void bodies(RestRoute route, Class<?> input) {
        String target = target(route);
        String op = route.operation();
        Malformations.documents().forEach((name, body) -> add(op + " with " + name, route.method(), target, body));
        if (input == null) {
            return;
        }
        for (Malformations.Member m : Malformations.payloadMembers(input)) {
            add(op + " with " + m.name() + " of the wrong type", route.method(), target,
                    utf8("{\"" + m.name() + "\":" + m.wrongValue() + "}"));
            if (m.nullInside() != null) {
                add(op + " with null inside " + m.name(), route.method(), target,
                        utf8("{\"" + m.name() + "\":" + m.nullInside() + "}"));
            }
        }
    }

    private void invokePayloads() {
        String fn = "/2015-03-31/functions/" + fixture.function();
        Map<String, String> targets = new TreeMap<>(Map.of("Invoke", fn + "/invocations", "InvokeAsync",
                "/2014-11-13/functions/" + fixture.function() + "/invoke-async", "InvokeWithResponseStream",
                "/2021-11-15/functions/" + fixture.function() + "/response-streaming-invocations"));
        targets.forEach((op, target) -> {
            Malformations.documents().forEach((name, body) -> {
                if (!name.startsWith("JSON null") && !name.startsWith("top-level")) {
                    add(op + " payload: " + name, "POST", target, body);
                }
            });
            add(op + " payload over 6 MB", "POST", target, utf8("\"" + "x".repeat(6_291_456) + "\""));
        });
        add("Event invoke payload over 1 MB", "POST", fn + "/invocations", Map.of("X-Amz-Invocation-Type", "Event"),
                utf8("\"" + "x".repeat(1_048_577) + "\""));
        add("Invoke with an unknown invocation type", "POST", fn + "/invocations",
                Map.of("X-Amz-Invocation-Type", "Sometimes"), utf8("{}"));
        add("Invoke with an unknown log type", "POST", fn + "/invocations", Map.of("X-Amz-Log-Type", "Everything"),
                utf8("{}"));
        add("Invoke with a malformed qualifier escape", "POST", fn + "/invocations?Qualifier=%zz", utf8("{}"));
    }

    private void zips() {
        String fn = fixture.function();
        Malformations.badZips().forEach((name, zip) -> {
            add("CreateFunction with a " + name, "POST", "/2015-03-31/functions", utf8("{\"FunctionName\":\"" + fn
                    + "-zip\",\"Runtime\":\"python3.12\",\"Role\":\"arn:aws:iam::000000000000:role/r\",\"Handler\":"
                    + "\"index.handler\",\"Code\":{\"ZipFile\":\"" + zip + "\"}}"));
            add("UpdateFunctionCode with a " + name, "PUT", "/2015-03-31/functions/" + fn + "/code",
                    utf8("{\"ZipFile\":\"" + zip + "\"}"));
            add("PublishLayerVersion with a " + name, "POST", "/2018-10-31/layers/" + fixture.layer() + "/versions",
                    utf8("{\"Content\":{\"ZipFile\":\"" + zip + "\"}}"));
        });
        add("CreateFunction with ZipFile that is not base64", "POST", "/2015-03-31/functions",
                utf8("{\"FunctionName\":\"b64\",\"Code\":{\"ZipFile\":\"%%% not base64 %%%\"}}"));
    }

    private void environments() {
        for (String key : List.of("AWS_REGION", "AWS_LAMBDA_FUNCTION_NAME", "AWS_ACCESS_KEY_ID", "_HANDLER",
                "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT")) {
            String env = "{\"Variables\":{\"OK\":\"1\",\"" + key + "\":\"x\"}}";
            add("CreateFunction with reserved variable " + key, "POST", "/2015-03-31/functions",
                    utf8("{\"FunctionName\":\"" + fixture.function() + "-env\",\"Runtime\":\"python3.12\",\"Role\":"
                            + "\"arn:aws:iam::000000000000:role/r\",\"Handler\":\"index.handler\",\"Code\":{\"ZipFile\":\""
                            + Malformations.base64(Malformations.zip("index.py", utf8("x"))) + "\"},\"Environment\":"
                            + env + "}"));
            add("UpdateFunctionConfiguration with reserved variable " + key, "PUT",
                    "/2015-03-31/functions/" + fixture.function() + "/configuration",
                    utf8("{\"Environment\":" + env + "}"));
        }
        add("UpdateFunctionConfiguration with a null variable value", "PUT",
                "/2015-03-31/functions/" + fixture.function() + "/configuration",
                utf8("{\"Environment\":{\"Variables\":{\"A\":null}}}"));
    }

    private void oversized() {
        String fn = "/2015-03-31/functions/" + fixture.function();
        add("CreateFunction body over 70167211 bytes", "POST", "/2015-03-31/functions",
                utf8("{\"Description\":\"" + "d".repeat(70_167_212) + "\"}"));
        add("UpdateFunctionConfiguration with a 1 MB description", "PUT", fn + "/configuration",
                utf8("{\"Description\":\"" + "d".repeat(1 << 20) + "\"}"));
        add("CreateFunction with a 100,000 character name", "POST", "/2015-03-31/functions",
                utf8("{\"FunctionName\":\"" + "f".repeat(100_000) + "\"}"));
        add("CreateAlias with a 100,000 character name", "POST", fn + "/aliases",
                utf8("{\"Name\":\"" + "a".repeat(100_000) + "\",\"FunctionVersion\":\"$LATEST\"}"));
        add("TagResource with 10,000 tags", "POST", "/2017-03-31/tags/" + encode(fixture.functionArn()),
                utf8(manyTags(10_000)));
        add("CreateFunction with a 60,000 character member name", "POST", "/2015-03-31/functions",
                utf8("{\"" + "m".repeat(60_000) + "\":1}"));
    }

    private static String manyTags(int n) {
        StringBuilder tags = new StringBuilder("{\"Tags\":{");
        for (int i = 0; i < n; i++) {
            tags.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        return tags.append("}}").toString();
    }

    private void targets() {
        String fn = "/2015-03-31/functions/" + fixture.function();
        for (String target : List.of("/2015-03-31/functions?Marker=%zz", "/2015-03-31/functions?MaxItems=%zz",
                "/2015-03-31/functions?MaxItems=%", "/2015-03-31/functions?Marker=%2", "/2015-03-31/functions/%zz",
                "/2015-03-31/functions/a%zzb/configuration", fn + "?Qualifier=%zz", fn + "/aliases?MaxItems=%zz",
                "/2018-10-31/layers?CompatibleRuntime=%zz", "/2015-03-31/functions/%C3%28",
                "/2015-03-31/functions/" + "f".repeat(10_000), "/2015-03-31/functions/a%2F..%2F..%2Fb",
                "/2015-03-31/nothing-here", "/2015-03-31/functions/" + fixture.function() + "/nothing",
                "/2015-03-31/functions?MaxItems=99999999999999999999")) {
            add("GET " + target, "GET", target, new byte[0]);
        }
        add("DELETE of the function list", "DELETE", "/2015-03-31/functions", new byte[0]);
        add("PATCH of a function", "PATCH", fn, utf8("{}"));
        for (String target : List.of("/_fakecloud/lambda/code/000000000000/us-east-1/..%2F..%2Fetc/passwd.zip",
                "/_fakecloud/lambda/code/000000000000/us-east-1/" + fixture.function() + "/..%2F..%2F1.zip",
                "/_fakecloud/lambda/code/%2e%2e/%2e%2e/%2e%2e/x.zip", "/_fakecloud/lambda/code/%zz/a/b/c.zip",
                "/_fakecloud/lambda/code/x", "/_fakecloud/lambda/layer-content/000000000000/..%2F..%2Fx/1.zip",
                "/_fakecloud/lambda/layer-content/000000000000/" + fixture.layer() + "/..%2F1.zip",
                "/_fakecloud/lambda/layer-content/000000000000/" + fixture.layer() + "/1.zip?region=%zz",
                "/_fakecloud/lambda/../../../etc/passwd", "/_fakecloud/nothing")) {
            add("GET " + target, "GET", target, new byte[0]);
        }
        add("evict with a path traversal", "POST", "/_fakecloud/lambda/..%2F..%2Fetc/evict-container", new byte[0]);
        add("evict with a malformed escape", "POST", "/_fakecloud/lambda/%zz/evict-container", new byte[0]);
        add("DELETE of the health endpoint", "DELETE", "/_fakecloud/health", new byte[0]);
    }

    /** The route's path with its labels filled from the fixture, and its fixed query members. */
    private String target(RestRoute route) {
        Matcher m = LABEL.matcher(route.template().toString());
        StringBuilder target = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(target, Matcher.quoteReplacement(label(m.group(1))));
        }
        return m.appendTail(target).toString();
    }

    private String label(String name) {
        return switch (name) {
            case "FunctionName" -> fixture.function();
            case "Name" -> fixture.alias();
            case "LayerName" -> fixture.layer();
            case "VersionNumber" -> "1";
            case "Resource", "ResourceArn" -> encode(fixture.functionArn());
            case "UUID" -> "00000000-0000-0000-0000-000000000000";
            default -> "missing-" + name.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Operation name to the SDK's input class. */
    private static Map<String, Class<?>> sdkInputs() {
        Map<String, Class<?>> inputs = new TreeMap<>();
        for (Method m : Arrays.asList(LambdaAsyncClient.class.getMethods())) {
            Class<?>[] params = m.getParameterTypes();
            if (params.length >= 1 && LambdaRequest.class.isAssignableFrom(params[0])) {
                String name = params[0].getSimpleName();
                inputs.put(name.substring(0, name.length() - "Request".length()), params[0]);
            }
        }
        return inputs;
    }
}
