package dev.fakecloud.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.fakecloud.core.JsonLimits;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON mapper of the Lambda API: members in AWS's PascalCase (record components in Java's camelCase, with
 * {@code @JsonProperty} where AWS's spelling is irregular, e.g. {@code KMSKeyArn}), absent members omitted,
 * unknown members ignored, no silent coercion of a string into a number or a boolean, no {@code null} inside a
 * list or map (AWS's lists and maps are dense: such a body does not deserialize), and {@link JsonLimits} on what
 * it reads.
 */
@ApplicationScoped
public class LambdaJson {

    private final ObjectMapper mapper;

    public LambdaJson(ObjectMapper base) {
        this.mapper = JsonLimits.applyTo(base.copy())
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
