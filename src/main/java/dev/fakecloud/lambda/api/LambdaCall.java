package dev.fakecloud.lambda.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.lambda.error.InvalidRequestContentException;
import dev.fakecloud.lambda.error.RequestEntityTooLargeException;
import java.io.IOException;
import java.util.Map;

/** One call of a Lambda operation: the request, its decoded path labels, and typed access to its members. */
public record LambdaCall(String operation, AwsRequest request, Map<String, String> labels, ObjectMapper mapper) {

    public Scope scope() {
        return new Scope(request.accountId(), request.region());
    }

    public String label(String name) {
        return labels.get(name);
    }

    public String query(String name) {
        return request.queryParam(name);
    }

    public String header(String name) {
        return request.header(name);
    }

    /** An integer query member, validated as AWS does (a non-number is a validation error). */
    public Integer queryInt(String name, String member) {
        String raw = query(name);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            Validation.start().violation(raw, member, "Member must be a number").throwIfInvalid();
            return null;
        }
    }

    /**
     * The JSON body as {@code type}; an empty body reads as {@code {}}. A body Lambda could not deserialize (not
     * JSON, too deep or too long, {@code null}, a wrong member type, a {@code null} inside a list or map) is its
     * {@code InvalidRequestContentException}; one larger than any Lambda request its
     * {@code RequestEntityTooLargeException}.
     */
    public <T> T body(Class<T> type) {
        byte[] bytes = request.body();
        if (bytes != null && bytes.length > JsonLimits.MAX_REQUEST_BYTES) {
            throw new RequestEntityTooLargeException("Request must be smaller than " + JsonLimits.MAX_REQUEST_BYTES
                    + " bytes for the " + operation + " operation");
        }
        T value;
        try {
            value = bytes == null || bytes.length == 0 ? mapper.readValue("{}", type) : mapper.readValue(bytes, type);
        } catch (DatabindException e) {
            throw new InvalidRequestContentException(
                    "Could not parse request body into json: Could not deserialize request: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestContentException(
                    "Could not parse request body into json: Could not parse payload into json: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidRequestContentException("Could not parse request body into json: " + e.getMessage());
        }
        if (value == null) {
            throw new InvalidRequestContentException("Could not parse request body into json: Could not deserialize "
                    + "request: the body is the JSON value null where an object was expected");
        }
        return value;
    }
}
