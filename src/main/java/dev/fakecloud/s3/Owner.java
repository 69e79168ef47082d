package dev.fakecloud.s3;

import dev.fakecloud.core.Hashes;
import dev.fakecloud.s3.xml.XmlOut;

/** The owner S3 reports for an account's buckets and objects: a canonical user id derived from the account. */
final class Owner {

    private Owner() {
    }

    static String canonicalId(String accountId) {
        return Hashes.sha256Hex("fakecloud-owner-" + accountId);
    }

    static XmlOut write(XmlOut xml, String accountId) {
        return xml.start("Owner").text("DisplayName", "webfile").text("ID", canonicalId(accountId)).end();
    }
}
