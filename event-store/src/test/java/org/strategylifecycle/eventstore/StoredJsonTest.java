package org.strategylifecycle.eventstore;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serializer the store uses reads every pinned event of shared-api's EventJsonTest and writes it back
 * to the same JSON, property order included, under the event's class name and revision: the pins hold
 * for what is stored, not only for {@link StrategyJson}'s own mapper.
 */
class StoredJsonTest {

    private static final Path PINNED = Path.of("..", "shared-api", "src", "test", "resources", "events");
    private static final ObjectReader TREES = StrategyJson.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Map<String, String> EVENTS = events();

    private final Serializer serializer = EventStoreSetup.serializer();

    private static Map<String, String> events() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("org.strategylifecycle.api").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toMap(name -> name.substring(name.lastIndexOf('.') + 1), name -> name));
    }

    /** One file per event, and per variant ({@code LineageLinked-stated.json}). */
    static List<String> pinnedFiles() throws IOException {
        try (Stream<Path> files = Files.list(PINNED)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinnedFiles")
    void theStoreWritesWhatIsPinned(String file) throws IOException {
        String eventClass = EVENTS.get(file.replaceFirst("(-[a-z-]+)?\\.json$", ""));
        assertThat(eventClass).as("the event pinned in %s", file).isNotNull();
        byte[] pinned = Files.readAllBytes(PINNED.resolve(file));

        Object event = serializer.deserialize(new SimpleSerializedObject<>(pinned, byte[].class, eventClass, "1"));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(eventClass);
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(pretty(TREES.readTree(stored.getData()))).isEqualTo(pretty(TREES.readTree(pinned)));
    }

    private static String pretty(JsonNode tree) {
        return StrategyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}
