package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;

/**
 * One kind of taggable Lambda resource (function, event source mapping, code signing config, capacity provider).
 * {@link TagService} asks the kind named by an ARN whether the resource exists.
 */
public interface TaggableResources {

    /** The ARN resource type this kind answers, e.g. {@code function} or {@code event-source-mapping}. */
    String arnType();

    /**
     * Fails with the kind's not-found error (e.g. "Function not found: ...") unless the resource exists.
     *
     * @param id the resource part after the type (function name, mapping UUID, ...), unqualified
     */
    void requireExists(Scope scope, String id, String arn);
}
