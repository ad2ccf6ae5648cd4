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
 * {@code docker compose up} relies on: the five services, pinned images, health checks, start order by
 * health, named volumes for all data (and the backup in docs/operations.md covering Axon Server's),
 * the environment each service needs (and only variables the services read), Axon Server's access
 * control with the token from the environment and its ports on loopback, memory limits everywhere,
 * metrics scraped by Prometheus on management ports published nowhere, readiness that includes the
 * event store, and small non-root images whose heap follows the container's memory limit. The same
 * settings run as plain processes against a real Axon Server in system-tests' AxonServerIT.
 * SnakeYAML comes with spring-boot-starter, which reads application.yml with it (declaring it with test
 * scope would drop it from the packaged jar).
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");
    private static final Set<String> SERVICES = Set.of("axonserver", "postgres", "command-service", "query-service",
            "prometheus");
    private static final Set<String> APPS = Set.of("command-service", "query-service");
    /** What both apps import from service-support (besides the sign-in settings). */
    private static final String SHARED_SETTINGS = "service-support/src/main/resources/strategy-service.yml";
    /** A tag that names a release (2024.2.3, 17.6-alpine, v3.5.0), never latest or a bare major version. */
    private static final Pattern PINNED = Pattern.compile("[^:@\\s]+:v?\\d+\\.\\d+[\\w.\\-]*");
    /** Every volume the Axon Server image declares, each of which must be a named volume. */
    private static final Set<String> AXON_SERVER_VOLUMES = Set.of("/axonserver/data", "/axonserver/events",
            "/axonserver/log", "/axonserver/config", "/axonserver/plugins", "/axonserver/exts");
    /** What must be backed up of Axon Server: its events, control database, replication log and configuration. */
    private static final Set<String> AXON_SERVER_BACKUP = Set.of("axonserver-data", "axonserver-events",
            "axonserver-log", "axonserver-config");
    /** Spring properties set by their environment form (relaxed binding) rather than a placeholder. */
    private static final Set<String> RELAXED = Set.of("MANAGEMENT_SERVER_PORT");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Map<String, Object> compose = load();
    private final Map<String, Map<String, Object>> services = map(compose.get("services"));

    @Test
    void declaresTheFiveServicesWithPinnedImagesHealthChecksAndMemoryLimits() {
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        services.forEach((name, service) -> {
            assertThat(service).as(name).containsKey("healthcheck");
            Map<String, Object> health = map(service.get("healthcheck"));
            assertThat(String.valueOf(health.get("test"))).as(name + " health check").isNotBlank();
            assertThat(health).as(name).containsKeys("interval", "timeout", "retries");
            assertThat(String.valueOf(service.get("image"))).as(name + " image").matches(PINNED);
            assertThat(service).as(name + " needs a memory limit").containsKey("mem_limit");
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
    void everyVolumeIsNamedAndAxonServersAreBackedUp() throws IOException {
        Set<String> declared = map(compose.get("volumes")).keySet();
        assertThat(mounts("axonserver").keySet()).as("every volume of the image").isEqualTo(AXON_SERVER_VOLUMES);
        assertThat(mounts("axonserver")).containsEntry("/axonserver/events", "axonserver-events")
                .containsEntry("/axonserver/data", "axonserver-data")
                .containsEntry("/axonserver/log", "axonserver-log")
                .containsEntry("/axonserver/config", "axonserver-config");
        assertThat(mounts("postgres")).containsEntry("/var/lib/postgresql/data", "postgres-data");
        assertThat(mounts("prometheus")).containsEntry("/prometheus", "prometheus-data");
        services.keySet().forEach(name -> mounts(name).forEach((path, source) -> assertThat(
                declared.contains(source) || source.startsWith("./")).as(name + " mounts " + path + " from " + source).isTrue()));
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        String backup = operations.substring(operations.indexOf("## Backup and restore"));
        assertThat(backup).as("docs/operations.md backs up").contains(AXON_SERVER_BACKUP);
    }

    @Test
    void axonServerRequiresATokenFromTheEnvironmentAndListensOnLoopbackOnly() {
        Map<String, Object> env = map(services.get("axonserver").get("environment"));
        assertThat(env).containsEntry("AXONIQ_AXONSERVER_ACCESSCONTROL_ENABLED", "true");
        String token = String.valueOf(env.get("AXONIQ_AXONSERVER_ACCESSCONTROL_TOKEN"));
        assertThat(token).as("a token from the environment, with no default").startsWith("${AXON_SERVER_TOKEN:?");
        assertThat(String.valueOf(env.get("AXONIQ_AXONSERVER_ACCESSCONTROL_ADMINTOKEN"))).startsWith("${AXON_SERVER_ADMIN_TOKEN:?");
        for (String app : APPS) {
            assertThat(map(services.get(app).get("environment"))).as(app)
                    .hasEntrySatisfying("AXON_SERVER_TOKEN", value -> assertThat(String.valueOf(value)).startsWith("${AXON_SERVER_TOKEN:?"));
        }
        for (String service : List.of("axonserver", "prometheus")) {
            assertThat((List<?>) services.get(service).get("ports")).as(service).isNotEmpty().allSatisfy(port -> assertThat(
                    String.valueOf(port)).matches("(127\\.0\\.0\\.1|\\$\\{AXON_SERVER_PUBLISH_ADDRESS:-127\\.0\\.0\\.1}):\\d+:\\d+"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEachServiceOnAManagementPortPublishedNowhere() throws IOException {
        Map<String, Object> prometheus = new Yaml().load(Files.readString(ROOT.resolve("ops/prometheus.yml")));
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) prometheus.get("scrape_configs");
        Map<String, String> targets = new java.util.HashMap<>();
        for (Map<String, Object> job : jobs) {
            assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
            List<Map<String, Object>> statics = (List<Map<String, Object>>) job.get("static_configs");
            targets.put(String.valueOf(job.get("job_name")), String.valueOf(((List<?>) statics.get(0).get("targets")).get(0)));
        }
        assertThat(targets).containsEntry("axonserver", "axonserver:8024");
        for (String app : APPS) {
            Object port = map(services.get(app).get("environment")).get("MANAGEMENT_SERVER_PORT");
            assertThat(port).as(app + " has a management port").isNotNull();
            assertThat(targets).containsEntry(app, app + ":" + port);
            assertThat(String.valueOf(services.get(app).get("ports"))).as(app + " does not publish it").doesNotContain(":" + port);
            assertThat(String.valueOf(map(services.get(app).get("healthcheck")).get("test")))
                    .contains("localhost:" + port + "/actuator/health/readiness");
        }
        assertThat(mounts("prometheus")).containsEntry("/etc/prometheus/prometheus.yml", "./ops/prometheus.yml");
        assertThat(Files.readString(ROOT.resolve("docs/operations.md"))).as("documented")
                .contains(RELAXED.stream().map(v -> "`" + v + "`").toList());
    }

    @Test
    void readinessIncludesTheDatabaseAndTheEventStore() throws IOException {
        Map<String, Object> shared = firstDocument(ROOT.resolve(SHARED_SETTINGS));
        Map<String, Object> readiness = map(map(map(map(map(shared.get("management")).get("endpoint")).get("health"))
                .get("group")).get("readiness"));
        assertThat(String.valueOf(readiness.get("include")).split(",")).contains("readinessState", "db", "eventStore");
        for (String app : APPS) {
            Map<String, Object> yml = firstDocument(ROOT.resolve(app).resolve("src/main/resources/application.yml"));
            assertThat(String.valueOf(map(map(yml.get("spring")).get("config")).get("import")))
                    .as(app + " imports the shared settings").contains("classpath:strategy-service.yml");
            Object management = yml.get("management");
            Object health = management == null ? null : map(map(management).get("endpoint")).get("health");
            assertThat(health == null ? null : map(health).get("group")).as(app + " keeps the shared readiness group").isNull();
        }
    }

    /** The first document of a YAML file: the settings of every profile. */
    private static Map<String, Object> firstDocument(Path file) throws IOException {
        return map(new Yaml().loadAll(Files.readString(file)).iterator().next());
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
                assertThat(read.contains(variable) || variable.startsWith("LOGGING_") || RELAXED.contains(variable))
                        .as(app + " sets " + variable + ", which its settings do not read (they read " + read + ")")
                        .isTrue();
            }
            assertThat(services.get(app).get("ports")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactly(app.equals("command-service") ? "8081:8081" : "8082:8082");
        }
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
                    .containsPattern("-Xmx\\d+m")
                    .contains("AXONIQ_UPDATE_CHECKER_DISABLED=true");
        }
    }

    private Map<String, String> mounts(String service) {
        Map<String, String> mounts = new java.util.HashMap<>();
        Object volumes = services.get(service).get("volumes");
        for (Object volume : volumes == null ? List.of() : (List<?>) volumes) {
            String[] parts = String.valueOf(volume).split(":");
            mounts.put(parts[1], parts[0]);
        }
        return mounts;
    }

    /**
     * The environment variables an app's application.yml reads through placeholders, with the shared and
     * sign-in settings it imports from service-support.
     */
    private static Set<String> variablesRead(String app) throws IOException {
        String yml = Files.readString(ROOT.resolve(app).resolve("src/main/resources/application.yml"))
                + Files.readString(ROOT.resolve(SHARED_SETTINGS))
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
