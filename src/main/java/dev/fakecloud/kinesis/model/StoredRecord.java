package dev.fakecloud.kinesis.model;

/**
 * One data record as it is stored in its shard's log: immutable once written.
 *
 * @param counter its position in the shard, the last part of its sequence number
 */
public record StoredRecord(String sequenceNumber, long counter, String partitionKey, byte[] data, long arrivalMillis,
        String encryptionType) {

    /** What the record counts for against payload limits: its data and its partition key. */
    public int size() {
        return data.length + partitionKey.length();
    }
}
