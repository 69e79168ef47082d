package dev.fakecloud.gateway.cbor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.fakecloud.core.JsonLimits;

/**
 * The Smithy RPC v2 CBOR protocol's codec ({@code smithy.protocols#rpcv2Cbor}), for every service that speaks it
 * (CloudWatch today, Kinesis next): requests are {@code POST /service/<ServiceName>/operation/<Operation>} with a CBOR
 * body and {@code smithy-protocol: rpc-v2-cbor}; replies carry the same header and {@code application/cbor}. Bodies
 * are read within {@link JsonLimits}; timestamps travel as CBOR tag 1 (epoch seconds), see {@link EpochSeconds}.
 */
public final class Cbor {

    public static final String CONTENT_TYPE = "application/cbor";
    public static final String PROTOCOL_HEADER = "smithy-protocol";
    public static final String PROTOCOL = "rpc-v2-cbor";

    private Cbor() {
    }

    /** A mapper of CBOR documents with the gateway's read limits; services configure naming and inclusion. */
    public static ObjectMapper mapper() {
        CBORFactory factory = CBORFactory.builder().streamReadConstraints(JsonLimits.CONSTRAINTS).build();
        return new CBORMapper(factory);
    }

    /** Whether a request says it speaks this protocol (its {@code smithy-protocol} header). */
    public static boolean declaredBy(String smithyProtocolHeader) {
        return PROTOCOL.equals(smithyProtocolHeader);
    }
}
