package dev.fakecloud.lambda.code;

import dev.fakecloud.core.Scope;

/** Something that stores deployment packages in an account (function versions, layer versions). */
public interface CodeStorageUsage {

    /** Bytes of zipped code stored in the scope, counted per version as AWS counts them. */
    long totalCodeSize(Scope scope);
}
