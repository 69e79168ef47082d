package dev.fakecloud.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <date>/<region>/<service>/aws4_request} part of a SigV4 signature, read from the
 * {@code Authorization} header or a presigned URL's {@code X-Amz-Credential}. Signatures are not verified.
 */
public record CredentialScope(String accessKey, String region, String service) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]*)/(\\d{8})/([a-z0-9-]+)/([A-Za-z0-9-]+)/aws4_request");
    private static final Pattern PRESIGNED = Pattern.compile("([^/]*)/(\\d{8})/([a-z0-9-]+)/([A-Za-z0-9-]+)/aws4_request");

    public static CredentialScope fromAuthorization(String authorization) {
        if (authorization == null) {
            return null;
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? new CredentialScope(m.group(1), m.group(3), m.group(4)) : null;
    }

    public static CredentialScope fromPresigned(String credential) {
        if (credential == null) {
            return null;
        }
        Matcher m = PRESIGNED.matcher(credential);
        return m.matches() ? new CredentialScope(m.group(1), m.group(3), m.group(4)) : null;
    }
}
