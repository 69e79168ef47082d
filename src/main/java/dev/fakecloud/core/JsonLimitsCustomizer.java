package dev.fakecloud.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Puts {@link JsonLimits} on Quarkus's shared mapper, which the service mappers (Lambda, SQS) are copied from and
 * fakecloud's own endpoints read with.
 */
@Singleton
public class JsonLimitsCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        JsonLimits.applyTo(mapper);
    }
}
