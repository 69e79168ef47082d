package dev.fakecloud.support;

import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Real AWS SDK clients aimed at the running test server (or, given an endpoint, at a server process of an
 * integration test), with dummy credentials and no retries, as users configure them.
 */
public final class Clients {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private Clients() {
    }

    public static URI endpoint() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return URI.create("http://localhost:" + port);
    }

    /** Any service's client builder, aimed at {@code endpoint} in {@code region}, with dummy keys and no retries. */
    private static <B extends AwsClientBuilder<B, C>, C> B aimedBuilder(B builder, URI endpoint, Region region) {
        return builder.endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none()).build());
    }

    /** Any service's client builder, aimed at {@code endpoint} in {@code region}, built. */
    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C aimed(B builder,
            URI endpoint, Region region, Duration socketTimeout) {
        return aimedBuilder(builder, endpoint, region)
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(socketTimeout).build())
                .build();
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C aimed(B builder,
            URI endpoint) {
        return aimed(builder, endpoint, Region.US_EAST_1, SOCKET_TIMEOUT);
    }

    public static LambdaClient lambda() {
        return lambda(Region.US_EAST_1);
    }

    public static LambdaClient lambda(URI endpoint) {
        return aimed(LambdaClient.builder(), endpoint);
    }

    public static LambdaClient lambda(Region region) {
        return aimed(LambdaClient.builder(), endpoint(), region, SOCKET_TIMEOUT);
    }

    /** A client that gives up on a response after {@code socketTimeout} (a caller that goes away). */
    public static LambdaClient lambda(Duration socketTimeout) {
        return aimed(LambdaClient.builder(), endpoint(), Region.US_EAST_1, socketTimeout);
    }

    public static SqsClient sqs() {
        return sqs(endpoint());
    }

    public static SqsClient sqs(URI endpoint) {
        return aimed(SqsClient.builder(), endpoint);
    }

    public static SnsClient sns() {
        return sns(endpoint());
    }

    public static SnsClient sns(URI endpoint) {
        return aimed(SnsClient.builder(), endpoint);
    }

    public static KinesisClient kinesis() {
        return kinesis(endpoint());
    }

    /** A Kinesis client: the SDK speaks AWS JSON 1.1 in CBOR to it. */
    public static KinesisClient kinesis(URI endpoint) {
        return aimed(KinesisClient.builder(), endpoint);
    }

    /**
     * An asynchronous Kinesis client on the SDK's Netty client speaking HTTP/2, as the KCL 2.x builds it (over
     * {@code http://} the Netty client opens HTTP/2 cleartext with prior knowledge): the client that can
     * SubscribeToShard.
     */
    public static KinesisAsyncClient kinesisAsync() {
        return aimedBuilder(KinesisAsyncClient.builder(), endpoint(), Region.US_EAST_1)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2))
                .build();
    }

    /**
     * The Logs async client, for StartLiveTail. AWS serves it on a {@code stream-} host; the prefix is turned off, as
     * for any endpoint that is not AWS's own.
     */
    public static CloudWatchLogsAsyncClient logsAsync() {
        return aimedBuilder(CloudWatchLogsAsyncClient.builder(), endpoint(), Region.US_EAST_1)
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none())
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true).build())
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .build();
    }

    public static EventBridgeClient events() {
        return events(endpoint());
    }

    public static EventBridgeClient events(URI endpoint) {
        return aimed(EventBridgeClient.builder(), endpoint);
    }

    public static S3Client s3() {
        return s3(endpoint());
    }

    /** An S3 client with path-style addressing (buckets in the path), as users point it at a local endpoint. */
    public static S3Client s3(URI endpoint) {
        return aimed(S3Client.builder().forcePathStyle(true), endpoint);
    }

    /** A CloudWatch client: the SDK speaks Smithy RPC v2 CBOR to it. */
    public static CloudWatchClient cloudWatch() {
        return aimed(CloudWatchClient.builder(), endpoint());
    }

    /** A CloudWatch Logs client (AWS JSON 1.1). */
    public static CloudWatchLogsClient logs() {
        return aimed(CloudWatchLogsClient.builder(), endpoint());
    }

    public static DynamoDbClient dynamodb() {
        return dynamodb(endpoint());
    }

    public static DynamoDbClient dynamodb(URI endpoint) {
        return aimed(DynamoDbClient.builder(), endpoint);
    }

    public static DynamoDbStreamsClient dynamodbStreams() {
        return dynamodbStreams(endpoint());
    }

    public static DynamoDbStreamsClient dynamodbStreams(URI endpoint) {
        return aimed(DynamoDbStreamsClient.builder(), endpoint);
    }
}
