package dev.fakecloud.gateway;

/** The AWS wire protocols; each decides how requests are read and errors are written. */
public enum Protocol {
    /** REST paths with JSON bodies (Lambda). */
    REST_JSON,
    /** POST / with {@code X-Amz-Target} and {@code application/x-amz-json-1.0}. */
    JSON_1_0,
    /** POST / with {@code X-Amz-Target} and {@code application/x-amz-json-1.1}. */
    JSON_1_1,
    /** Form-encoded {@code Action=...} with XML replies (SQS legacy, SNS, CloudWatch). */
    QUERY,
    /** REST paths with XML bodies (S3). */
    REST_XML,
    /**
     * Smithy RPC v2 CBOR: {@code POST /service/<ServiceName>/operation/<Operation>}, CBOR bodies,
     * {@code smithy-protocol: rpc-v2-cbor} (CloudWatch from current SDKs, Kinesis).
     */
    RPC_V2_CBOR,
    /**
     * AWS JSON 1.1 with CBOR bodies: {@code X-Amz-Target} and {@code application/x-amz-cbor-1.1} (Kinesis from the AWS
     * SDK for Java v2, its default). Blobs are CBOR byte strings, timestamps tag 1 around epoch milliseconds.
     */
    CBOR_1_1
}
