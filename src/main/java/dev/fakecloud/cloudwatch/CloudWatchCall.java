package dev.fakecloud.cloudwatch;

import dev.fakecloud.core.Scope;

/** Who is calling: the account and region every resource of the request lives in. */
public record CloudWatchCall(String accountId, String region) {

    public Scope scope() {
        return new Scope(accountId, region);
    }

    public String alarmArn(String name) {
        return "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + name;
    }

    /** Dashboards are global: their ARN names no region. */
    public String dashboardArn(String name) {
        return "arn:aws:cloudwatch::" + accountId + ":dashboard/" + name;
    }

    public String arn(String resourceType, String name) {
        return "arn:aws:cloudwatch:" + region + ":" + accountId + ":" + resourceType + "/" + name;
    }
}
