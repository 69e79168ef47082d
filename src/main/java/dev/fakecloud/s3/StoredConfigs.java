package dev.fakecloud.s3;

import java.util.List;

/** The bucket configurations kept as documents, with what each answers when none is set. */
final class StoredConfigs {

    private StoredConfigs() {
    }

    static final List<StoredConfig> ALL = List.of(
            StoredConfig.plain("cors", "NoSuchCORSConfiguration", "The CORS configuration does not exist"),
            StoredConfig.plain("lifecycle", "NoSuchLifecycleConfiguration", "The lifecycle configuration does not "
                    + "exist"),
            StoredConfig.plain("website", "NoSuchWebsiteConfiguration", "The specified bucket does not have a website "
                    + "configuration"),
            StoredConfig.plain("replication", "ReplicationConfigurationNotFoundError", "The replication "
                    + "configuration was not found"),
            StoredConfig.plain("object-lock", "ObjectLockConfigurationNotFoundError", "Object Lock configuration "
                    + "does not exist for this bucket"),
            StoredConfig.plain("metadataConfiguration", "MetadataConfigurationNotFound", "The specified metadata "
                    + "configuration does not exist."),
            StoredConfig.plain("metadataTable", "MetadataTableConfigurationNotFound", "The specified metadata table "
                    + "configuration does not exist."),
            StoredConfig.plain("metadataInventoryTable", "MetadataConfigurationNotFound", "The specified metadata "
                    + "configuration does not exist."),
            StoredConfig.plain("metadataJournalTable", "MetadataConfigurationNotFound", "The specified metadata "
                    + "configuration does not exist."),
            StoredConfig.defaulted("encryption", "<ServerSideEncryptionConfiguration xmlns=\"http://s3.amazonaws.com/"
                    + "doc/2006-03-01/\"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm>"
                    + "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule>"
                    + "</ServerSideEncryptionConfiguration>"),
            StoredConfig.defaulted("ownershipControls", "<OwnershipControls xmlns=\"http://s3.amazonaws.com/doc/"
                    + "2006-03-01/\"><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule>"
                    + "</OwnershipControls>"),
            StoredConfig.defaulted("publicAccessBlock", "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws"
                    + ".com/doc/2006-03-01/\"><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true"
                    + "</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true"
                    + "</RestrictPublicBuckets></PublicAccessBlockConfiguration>"),
            StoredConfig.defaulted("accelerate", "<AccelerateConfiguration xmlns=\"http://s3.amazonaws.com/doc/"
                    + "2006-03-01/\"/>"),
            StoredConfig.defaulted("logging", "<BucketLoggingStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\""
                    + "/>"),
            StoredConfig.defaulted("requestPayment", "<RequestPaymentConfiguration xmlns=\"http://s3.amazonaws.com/"
                    + "doc/2006-03-01/\"><Payer>BucketOwner</Payer></RequestPaymentConfiguration>"),
            StoredConfig.defaulted("abac", "<AbacStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Status>"
                    + "Disabled</Status></AbacStatus>"),
            StoredConfig.perId("analytics", "ListBucketAnalyticsConfigurationResult", "AnalyticsConfiguration"),
            StoredConfig.perId("metrics", "ListMetricsConfigurationsResult", "MetricsConfiguration"),
            StoredConfig.perId("inventory", "ListInventoryConfigurationsResult", "InventoryConfiguration"),
            StoredConfig.perId("intelligent-tiering", "ListBucketIntelligentTieringConfigurationsOutput",
                    "IntelligentTieringConfiguration"));

    /** The operation names' middle, e.g. {@code BucketCors} of PutBucketCors. */
    static String operationSuffix(StoredConfig config) {
        return switch (config.subresource()) {
            case "cors" -> "BucketCors";
            case "lifecycle" -> "BucketLifecycleConfiguration";
            case "website" -> "BucketWebsite";
            case "replication" -> "BucketReplication";
            case "object-lock" -> "ObjectLockConfiguration";
            case "metadataConfiguration" -> "BucketMetadataConfiguration";
            case "metadataTable" -> "BucketMetadataTableConfiguration";
            case "metadataInventoryTable" -> "BucketMetadataInventoryTableConfiguration";
            case "metadataJournalTable" -> "BucketMetadataJournalTableConfiguration";
            case "encryption" -> "BucketEncryption";
            case "ownershipControls" -> "BucketOwnershipControls";
            case "publicAccessBlock" -> "PublicAccessBlock";
            case "accelerate" -> "BucketAccelerateConfiguration";
            case "logging" -> "BucketLogging";
            case "requestPayment" -> "BucketRequestPayment";
            case "abac" -> "BucketAbac";
            case "analytics" -> "BucketAnalyticsConfiguration";
            case "metrics" -> "BucketMetricsConfiguration";
            case "inventory" -> "BucketInventoryConfiguration";
            default -> "BucketIntelligentTieringConfiguration";
        };
    }
}
