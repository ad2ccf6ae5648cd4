package org.strategylifecycle.api;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;

import java.io.IOException;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pins the stored JSON of every event: Axon stores events by class name and revision, so a changed
 * shape must be a deliberate new revision with an upcaster, never an accident of a refactoring.
 * The expected files are in {@code src/test/resources/events}, one per event and one per variant in
 * {@link EventSamples#VARIANTS}; to write the file of a new event or variant, run
 * {@value #WRITE_HINT}, review the file and commit it. event-store's StoredJsonTest holds the serializer
 * the store writes with to the same files.
 */
class EventJsonTest {

    private static final int EVENT_COUNT = 42;
    private static final Path PINNED = Path.of("src", "test", "resources", "events");
    private static final String WRITE_PROPERTY = "events.pin.write";
    static final String WRITE_HINT = "./mvnw -pl shared-api test -Dtest=EventJsonTest -D" + WRITE_PROPERTY + "=true";

    private static final JsonMapper MAPPER = StrategyJson.mapper();
    /** Decimals as written, so a pinned 97.50 is not the same as 97.5. */
    private static final ObjectReader TREES = MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static List<Class<?>> events() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("org.strategylifecycle.api").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, EventJsonTest.class.getClassLoader()))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    @Test
    void everyEventIsPinned() {
        assertThat(events())
                .as("events with @Revision; a new event needs a sample in EventSamples and a pinned file")
                .hasSize(EVENT_COUNT)
                .allMatch(Class::isRecord)
                .containsExactlyInAnyOrderElementsOf(EventSamples.BY_TYPE.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void revisionIsOne(Class<?> event) {
        assertThat(event.getAnnotation(Revision.class).value())
                .as("a new revision of %s needs an upcaster from revision 1 and its own pinned file", event.getSimpleName())
                .isEqualTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleIsFullyPopulated(Class<?> event) throws ReflectiveOperationException {
        Object sample = sample(event);
        for (RecordComponent component : event.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(sample))
                    .as("%s.%s of the sample", event.getSimpleName(), component.getName())
                    .isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void jsonIsAsPinned(Class<?> event) throws IOException {
        JsonNode actual = TREES.readTree(MAPPER.writeValueAsString(sample(event)));
        JsonNode expected = TREES.readTree(pinned(event, actual));
        assertThat(pretty(actual))
                .as("JSON of %s; if the change is intended, it needs a new @Revision and an upcaster", event.getSimpleName())
                .isEqualTo(pretty(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void pinnedJsonReadsBackAsTheSample(Class<?> event) throws IOException {
        Object sample = sample(event);
        assertThat(MAPPER.readValue(pinned(event, null), event)).isEqualTo(sample);
    }

    static List<String> variants() {
        return EventSamples.VARIANTS.keySet().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void variantJsonIsAsPinned(String variant) throws IOException {
        Object sample = EventSamples.VARIANTS.get(variant);
        JsonNode actual = TREES.readTree(MAPPER.writeValueAsString(sample));
        JsonNode expected = TREES.readTree(pinned(variant, actual));
        assertThat(pretty(actual)).as("JSON of %s", variant).isEqualTo(pretty(expected));
        assertThat(MAPPER.readValue(pinned(variant, null), sample.getClass())).isEqualTo(sample);
    }

    /**
     * Every field of every event, nested fields included, has a value in some pinned sample: an optional
     * field always null in the samples would have its JSON shape pinned only as {@code null}.
     */
    @Test
    void everyFieldAtAnyDepthIsGivenAValueInSomePinnedSample() {
        Set<String> fields = new TreeSet<>();
        Set<String> given = new TreeSet<>();
        events().forEach(event -> fieldsOf(event, event.getSimpleName(), fields));
        Stream.concat(EventSamples.BY_TYPE.values().stream(), EventSamples.VARIANTS.values().stream())
                .forEach(sample -> givenFieldsOf(sample, sample.getClass().getSimpleName(), given));
        assertThat(given).containsAll(fields);
    }

    private static void fieldsOf(Class<?> type, String path, Set<String> fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            String field = path + "." + component.getName();
            fields.add(field);
            if (component.getType().isRecord()) {
                fieldsOf(component.getType(), field, fields);
            }
        }
    }

    private static void givenFieldsOf(Object value, String path, Set<String> given) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (field != null) {
                given.add(path + "." + component.getName());
                if (field.getClass().isRecord()) {
                    givenFieldsOf(field, path + "." + component.getName(), given);
                }
            }
        }
    }

    /**
     * Readings keep any xs:decimal as printed (ADR 20): the JSON number is the printed one, and it
     * reads back with the same value and scale, trailing zeros included.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"4.4249999999999998", "1234567890123456789012345", "97.50",
            "-0.000000000000000000000000001", "0"})
    void readingsKeepEveryDecimalAsPrinted(String printed) throws IOException {
        MeasureActualRecorded event = new MeasureActualRecorded("s", "m", "FY2025", new BigDecimal(printed), null, false,
                ((MeasureActualRecorded) EventSamples.BY_TYPE.get(MeasureActualRecorded.class)).change());
        String json = MAPPER.writeValueAsString(event);
        assertThat(new BigDecimal(TREES.readTree(json).get("value").asString())).isEqualTo(new BigDecimal(printed));
        MeasureActualRecorded back = MAPPER.readValue(json, MeasureActualRecorded.class);
        assertThat(back.value()).isEqualTo(new BigDecimal(printed));
        assertThat(back.value().toPlainString()).isEqualTo(printed);
    }

    /** A measure whose document states no type (ADR 20): the same shape, {@code measureType} null. */
    @Test
    void aMeasureWithoutTypeKeepsTheShapeWithANullType() throws IOException {
        MeasureDefined pinned = (MeasureDefined) EventSamples.BY_TYPE.get(MeasureDefined.class);
        MeasureDefined untyped = new MeasureDefined(pinned.strategyId(), pinned.elementId(), pinned.parentId(), pinned.number(),
                pinned.title(), pinned.statement(), null, null, pinned.unit(), pinned.order(), pinned.change());
        JsonNode json = TREES.readTree(MAPPER.writeValueAsString(untyped));
        JsonNode expected = TREES.readTree(pinned(MeasureDefined.class, null));
        assertThat(List.copyOf(json.propertyNames())).isEqualTo(List.copyOf(expected.propertyNames()));
        assertThat(json.get("measureType").isNull()).isTrue();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(untyped), MeasureDefined.class)).isEqualTo(untyped);
    }

    private static Object sample(Class<?> event) {
        Object sample = EventSamples.BY_TYPE.get(event);
        if (sample == null) {
            fail("No sample of %s: add one to EventSamples", event.getSimpleName());
        }
        return sample;
    }

    /** The pinned JSON; a missing file fails, unless the write property asks to write it from {@code actual}. */
    private static String pinned(Class<?> event, JsonNode actual) throws IOException {
        return pinned(event.getSimpleName(), actual);
    }

    private static String pinned(String name, JsonNode actual) throws IOException {
        Path file = PINNED.resolve(name + ".json");
        if (!Files.exists(file)) {
            if (actual == null || !Boolean.getBoolean(WRITE_PROPERTY)) {
                fail("No pinned JSON for %s at %s: run %s, review the file and commit it", name, file, WRITE_HINT);
            }
            Files.writeString(file, pretty(actual) + System.lineSeparator());
        }
        return Files.readString(file);
    }

    private static String pretty(JsonNode tree) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}
