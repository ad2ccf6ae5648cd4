package org.strategylifecycle.command.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.LocalDate;

/**
 * Request bodies are read strictly, so a client's mistake is refused instead of guessed at: no
 * unknown or repeated fields, no numbers for texts or texts for numbers, no fractions for whole
 * numbers, dates only as yyyy-MM-dd (not epoch days or arrays), and enum values only by their exact
 * name (not their index, not padded with spaces). The event store has its own
 * mapper (StrategyJson), which these settings do not touch.
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, texts -> texts
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withConfigOverride(LocalDate.class, dates -> dates.setFormat(JsonFormat.Value.forLeniency(false)))
                .addModule(new SimpleModule("exact-forms").setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                                   BeanDescription.Supplier description,
                                                                   ValueDeserializer<?> deserializer) {
                        return description.getBeanClass() == LocalDate.class ? new TenCharacterDate(deserializer) : deserializer;
                    }

                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                                       BeanDescription.Supplier description,
                                                                       ValueDeserializer<?> deserializer) {
                        return new ExactEnum(deserializer);
                    }
                }));
    }

    /**
     * An enum value as its exact name: Jackson trims the text before it looks a name up, so
     * {@code "VISION "} would pass as VISION.
     */
    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                if (!text.equals(text.strip())) {
                    return context.handleWeirdStringValue(handledType(), text, "not a name of this enum (padded)");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * A date as Jackson reads it with leniency off (ISO yyyy-MM-dd, a real calendar day, no epoch days,
     * no time part), given only as a string of exactly ten characters: Jackson would also take
     * {@code [2021, 2, 28]}, trim {@code "2021-02-28 "}, and read years beyond four digits
     * ({@code "+102024-01-01"}).
     */
    static final class TenCharacterDate extends DelegatingDeserializer {

        TenCharacterDate(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TenCharacterDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(LocalDate.class, parser);
            }
            if (parser.getString().length() != 10) {
                return context.handleWeirdStringValue(LocalDate.class, parser.getString(), "not a date as yyyy-MM-dd");
            }
            return super.deserialize(parser, context);
        }
    }
}
