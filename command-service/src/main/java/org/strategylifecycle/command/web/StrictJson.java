package org.strategylifecycle.command.web;

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

import java.time.DateTimeException;
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
                .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new IsoDate()))
                .addModule(new SimpleModule("exact-enums").setDeserializerModifier(new ValueDeserializerModifier() {
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
     * A calendar date written yyyy-MM-dd, nothing else: 2021-02-30 and 20210230 are refused. Read by
     * hand: every command carries a date, and a regular expression plus {@code LocalDate.parse} cost
     * more than a percent of a command's CPU (docs/benchmarks.md).
     */
    static final class IsoDate extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            if (!isDateForm(text)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as yyyy-MM-dd");
            }
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (DateTimeException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a calendar date");
            }
        }

        /** Four ASCII digits, '-', two digits, '-', two digits. */
        static boolean isDateForm(String text) {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < 10; i++) {
                char c = text.charAt(i);
                if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                    return false;
                }
            }
            return true;
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
            return value;
        }
    }
}
