package dev.fakecloud.lambda.code;

import java.util.Set;

/** Something that keeps deployment packages alive (function versions, layer versions): the blobs it refers to. */
public interface BlobReferences {

    /** The ids of every stored zip still referred to. */
    Set<String> referencedBlobs();
}
