package dev.fakecloud.gateway.cbor;

/**
 * The path of a Smithy RPC v2 request, {@code /service/<ServiceName>/operation/<Operation>}: which service shape and
 * which operation it names.
 */
public record RpcV2Path(String service, String operation) {

    private static final String SERVICE = "/service/";
    private static final String OPERATION = "/operation/";

    /** The service and operation a path names, or null when it is not an RPC v2 path. */
    public static RpcV2Path parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(SERVICE)) {
            return null;
        }
        int op = rawPath.indexOf(OPERATION, SERVICE.length());
        if (op < 0) {
            return null;
        }
        String service = rawPath.substring(SERVICE.length(), op);
        String operation = rawPath.substring(op + OPERATION.length());
        if (service.isEmpty() || service.contains("/") || operation.contains("/")) {
            return null;
        }
        return new RpcV2Path(service, operation);
    }
}
