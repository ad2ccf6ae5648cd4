package org.strategylifecycle.command.ops;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so this reads it and checks what a
 * {@code docker compose up} relies on: the four services, pinned images, health checks, start order by
 * health, named volumes for the data, the environment each service needs (and only variables the
 * services read), and small non-root images whose heap follows the container's memory limit.
 * SnakeYAML comes with spring-boot-starter, which reads application.yml with it (declaring it with test
 * scope would drop it from the packaged jar).
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");
    private static final Set<String> SERVICES = Set.of("axonserver", "postgres", "command-service", "query-service");
    private static final Set<String> APPS = Set.of("command-service", "query-service");
    /** A tag that names a release (2024.2.3, 17.6-alpine), never latest or a bare major version. */
    private static final Pattern PINNED = Pattern.compile("[^:@\\s]+:\\d+\\.\\d+[\\w.\\-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Map<String, Object> compose = load();
    private final Map<String, Map<String, Object>> services = map(compose.get("services"));

    @Test
    void declaresTheFourServicesWithPinnedImagesAndHealthChecks() {
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        services.forEach((name, service) -> {
            assertThat(service).as(name).containsKey("healthcheck");
            Map<String, Object> health = map(service.get("healthcheck"));
            assertThat(String.valueOf(health.get("test"))).as(name + " health check").isNotBlank();
            assertThat(health).as(name).containsKeys("interval", "timeout", "retries");
            assertThat(String.valueOf(service.get("image"))).as(name + " image").matches(PINNED);
        });
        assertThat(String.valueOf(services.get("axonserver").get("image"))).startsWith("axoniq/axonserver:").endsWith("-nonroot");
        assertThat(services.get("axonserver").get("user")).isEqualTo("1001:1001");
        assertThat(String.valueOf(services.get("postgres").get("image"))).startsWith("postgres:17.");
    }

    @Test
    void servicesStartOnlyOnceAxonServerAndPostgresAreHealthy() {
        for (String app : APPS) {
            Map<String, Map<String, Object>> dependsOn = map(services.get(app).get("depends_on"));
            assertThat(dependsOn.keySet()).as(app).containsExactlyInAnyOrder("axonserver", "postgres");
            dependsOn.values().forEach(d -> assertThat(d).as(app).containsEntry("condition", "service_healthy"));
            String health = String.valueOf(map(services.get(app).get("healthcheck")).get("test"));
            assertThat(health).as(app).contains("/actuator/health/readiness");
        }
    }

    @Test
    void eventsAndDatabaseLiveInNamedVolumes() {
        Set<String> declared = map(compose.get("volumes")).keySet();
        assertThat(mounts("axonserver")).containsEntry("/axonserver/events", "axonserver-events")
                .containsEntry("/axonserver/data", "axonserver-data");
        assertThat(mounts("postgres")).containsEntry("/var/lib/postgresql/data", "postgres-data");
        assertThat(declared).containsExactlyInAnyOrder("axonserver-events", "axonserver-data", "postgres-data");
    }

    @Test
    void eachServiceGetsTheSettingsItNeedsAndNoUnknownOnes() throws IOException {
        Map<String, Object> postgres = map(services.get("postgres").get("environment"));
        for (String app : APPS) {
            Map<String, Object> env = map(services.get(app).get("environment"));
            assertThat(env).as(app)
                    .containsEntry("AXON_SERVER_ENABLED", "true")
                    .containsEntry("AXON_SERVER_ADDRESS", "axonserver:8124")
                    .containsEntry("STRATEGY_DB_URL", "jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"))
                    .containsEntry("STRATEGY_DB_USER", postgres.get("POSTGRES_USER"))
                    .containsEntry("STRATEGY_DB_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
            Set<String> read = variablesRead(app);
            for (String variable : env.keySet()) {
                assertThat(read.contains(variable) || variable.startsWith("LOGGING_"))
                        .as(app + " sets " + variable + ", which its settings do not read (they read " + read + ")")
                        .isTrue();
            }
            assertThat(services.get(app).get("ports")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactly(app.equals("command-service") ? "8081:8081" : "8082:8082");
        }
        assertThat(services.get("axonserver").get("ports")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("8024:8024", "8124:8124");
    }

    @Test
    void serviceImagesAreBuiltHereSmallNonRootAndSizedForTheContainer() throws IOException {
        for (String app : APPS) {
            Map<String, Object> service = services.get(app);
            assertThat(service.get("build")).as(app).isEqualTo("./" + app);
            assertThat(service).as(app).containsKey("mem_limit");
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("Dockerfile"));
            List<String> bases = dockerfile.lines().filter(l -> l.startsWith("FROM ")).map(l -> l.split("\\s+")[1]).toList();
            assertThat(bases).as(app).isNotEmpty().allSatisfy(base -> assertThat(base).matches(PINNED).contains("jre"));
            assertThat(dockerfile).as(app).contains("COPY target/" + app + ".jar")
                    .containsPattern("(?m)^USER 1001")
                    .containsPattern("-XX:MaxRAMPercentage=\\d+")
                    .contains("AXONIQ_UPDATE_CHECKER_DISABLED=true");
        }
    }

    private Map<String, String> mounts(String service) {
        Map<String, String> mounts = new java.util.HashMap<>();
        for (Object volume : (List<?>) services.get(service).get("volumes")) {
            String[] parts = String.valueOf(volume).split(":");
            mounts.put(parts[1], parts[0]);
        }
        return mounts;
    }

    /**
     * The environment variables an app's application.yml reads through placeholders, with the sign-in
     * settings it imports from service-support.
     */
    private static Set<String> variablesRead(String app) throws IOException {
        String yml = Files.readString(ROOT.resolve(app).resolve("src/main/resources/application.yml"))
                + Files.readString(ROOT.resolve("service-support/src/main/resources/strategy-security.yml"));
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(yml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, V>) value;
    }
}
