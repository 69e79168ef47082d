package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.xml.XmlOut;
import java.util.Set;

/**
 * Access control lists as S3 answers them: the owner's full control, and the grants of the canned ACL the bucket or
 * object was given ({@code x-amz-acl}). Nothing is enforced: every caller is the owner.
 */
final class Acls {

    private static final Set<String> CANNED = Set.of("private", "public-read", "public-read-write",
            "authenticated-read", "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control",
            "log-delivery-write");
    private static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
    private static final String AUTHENTICATED = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

    private Acls() {
    }

    /** The canned ACL named, checked; null when none is. */
    static String canned(String acl) {
        if (acl == null) {
            return null;
        }
        if (!CANNED.contains(acl)) {
            throw S3Errors.invalidArgument("", "x-amz-acl", acl);
        }
        return acl;
    }

    static XmlOut policy(String accountId, String acl) {
        XmlOut xml = XmlOut.document("AccessControlPolicy");
        Owner.write(xml, accountId);
        xml.start("AccessControlList");
        grantUser(xml, accountId);
        if ("public-read".equals(acl) || "public-read-write".equals(acl)) {
            grantGroup(xml, ALL_USERS, "READ");
        }
        if ("public-read-write".equals(acl)) {
            grantGroup(xml, ALL_USERS, "WRITE");
        }
        if ("authenticated-read".equals(acl)) {
            grantGroup(xml, AUTHENTICATED, "READ");
        }
        return xml.end();
    }

    private static void grantUser(XmlOut xml, String accountId) {
        xml.raw("<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\">")
                .text("DisplayName", "webfile").text("ID", Owner.canonicalId(accountId))
                .raw("</Grantee><Permission>FULL_CONTROL</Permission></Grant>");
    }

    private static void grantGroup(XmlOut xml, String uri, String permission) {
        xml.raw("<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Group\">")
                .text("URI", uri).raw("</Grantee>").text("Permission", permission).raw("</Grant>");
    }
}
