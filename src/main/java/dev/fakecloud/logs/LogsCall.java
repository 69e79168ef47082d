package dev.fakecloud.logs;

/** Who is calling: the account and region every log group of the request lives in. */
record LogsCall(String accountId, String region) {

    String groupKey(String name) {
        return LogStore.groupKey(accountId, region, name);
    }
}
