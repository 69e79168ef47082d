package dev.fakecloud.events;

/**
 * A partner event source as it is stored: created by a SaaS partner for one customer account, PENDING until that
 * account activates it (by creating the partner bus or ActivateEventSource), then ACTIVE.
 */
public record PartnerSource(String name, String arn, String partnerAccount, String account, String region,
        String state, long createdMillis) {

    /** PENDING sources AWS deletes after 12 days. */
    static final long PENDING_LIFETIME_MILLIS = 12L * 24 * 3600 * 1000;

    PartnerSource withState(String next) {
        return new PartnerSource(name, arn, partnerAccount, account, region, next, createdMillis);
    }

    Long expirationMillis() {
        return "PENDING".equals(state) ? createdMillis + PENDING_LIFETIME_MILLIS : null;
    }

    /** The partner's name as AWS reports it in {@code CreatedBy}: the source name's second segment. */
    String createdBy() {
        String[] parts = name.split("/");
        return parts.length > 1 ? parts[1] : name;
    }
}
