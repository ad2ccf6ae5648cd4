package org.strategylifecycle.support.openapi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A service's OpenAPI description as published in {@code docs/api}: the contract clients are generated
 * from. Each service's contract test holds what it serves to it; run with {@code -Dopenapi.update=true}
 * it writes what the service serves there instead (docs/http-api.md), keys sorted, so a change to the
 * API shows in the file's diff.
 */
public final class PublishedContract {

    public static final String UPDATE = "openapi.update";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Path file;

    /** {@code name}'s file, from a service module's directory (where its tests run). */
    public PublishedContract(String name) {
        this.file = Path.of("..", "docs", "api", name + ".openapi.json");
    }

    /** Fails, naming the first differences, unless {@code served} is the published description (or, updating, writes it). */
    public void assertServed(String served) throws IOException {
        JsonNode live = JSON.readTree(served);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(JSON.convertValue(live, Map.class)) + "\n");
        }
        if (!Files.isRegularFile(file)) {
            fail(file + " is missing: run the contract test with -D" + UPDATE + "=true to publish it");
        }
        List<String> differences = new ArrayList<>();
        compare("", JSON.readTree(file.toFile()), live, differences);
        assertThat(differences)
                .as("the served /v3/api-docs differs from " + file.normalize() + " (first differences below); "
                        + "if the API change is meant, run the contract test with -D" + UPDATE + "=true and commit the file")
                .isEmpty();
        assertEveryOperationDocumented(live);
    }

    /**
     * What a client developer finds for every operation: an id and a summary, the request id header,
     * its refusals as problem details (at least the 401 of a missing login), and an example of its body.
     */
    private static void assertEveryOperationDocumented(JsonNode description) {
        List<String> missing = new ArrayList<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = method.getValue();
            if (op.path("operationId").asString("").isBlank() || op.path("summary").asString("").isBlank()) {
                missing.add(operation + ": operationId and summary");
            }
            if (!op.path("parameters").toString().contains("#/components/parameters/X-Request-Id")) {
                missing.add(operation + ": the X-Request-Id header");
            }
            if (op.at("/responses/401/content/application~1problem+json").isMissingNode()) {
                missing.add(operation + ": its refusals as problem details");
            }
            op.path("requestBody").path("content").properties().forEach(media -> {
                if (!media.getValue().has("example")) {
                    missing.add(operation + ": an example " + media.getKey() + " body");
                }
            });
        }));
        assertThat(missing).as("operations that lack what every operation documents").isEmpty();
    }

    private static void compare(String at, JsonNode published, JsonNode served, List<String> differences) {
        if (differences.size() >= 20 || published.equals(served)) {
            return;
        }
        if (published.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>(published.propertyNames());
            names.addAll(served.propertyNames());
            for (String name : names) {
                String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!published.has(name) || !served.has(name)) {
                    differences.add(path + (published.has(name) ? " is no longer served" : " is served but not published"));
                } else {
                    compare(path, published.get(name), served.get(name), differences);
                }
            }
        } else {
            differences.add(at + ": published " + abbreviated(published) + ", served " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
