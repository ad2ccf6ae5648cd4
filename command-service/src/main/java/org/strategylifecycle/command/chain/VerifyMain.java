package org.strategylifecycle.command.chain;

import io.axoniq.axonserver.connector.AxonServerConnection;
import io.axoniq.axonserver.connector.AxonServerConnectionFactory;
import io.axoniq.axonserver.connector.impl.ServerAddress;
import org.postgresql.ds.PGSimpleDataSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor's command-line check: reads the store directly (PostgreSQL's tables, or Axon Server
 * through its connector) without starting the service, and prints the verdict. Exit status 0 when
 * intact, 1 when not, 2 when it could not check. Usage in docs/tamper-evidence.md:
 * <pre>
 * java -cp command-service/target/command-service.jar -Dloader.main=org.strategylifecycle.command.chain.VerifyMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --jdbc-url=jdbc:postgresql://localhost:54329/strategy \
 *     [--user=postgres] [--password=] [--axon-server=localhost:8124] [--axon-server-token=T] [--strategy=ID [--hash=H]]
 * </pre>
 */
public final class VerifyMain {

    private VerifyMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                usage("not an option: " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String url = options.getOrDefault("jdbc-url", System.getenv("STRATEGY_DB_URL"));
        if (url == null) {
            usage("--jdbc-url (or STRATEGY_DB_URL) is required: the chain table is in PostgreSQL in both deployments");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(options.getOrDefault("user", Optional.ofNullable(System.getenv("STRATEGY_DB_USER")).orElse("postgres")));
        dataSource.setPassword(options.getOrDefault("password", Optional.ofNullable(System.getenv("STRATEGY_DB_PASSWORD")).orElse("")));

        AxonServerConnectionFactory factory = null;
        int status;
        try {
            StoreReader events;
            if (options.containsKey("axon-server")) {
                factory = axonServer(options.get("axon-server"), options.get("axon-server-token"));
                AxonServerConnection connection = factory.connect(options.getOrDefault("axon-server-context", "default"));
                events = new AxonServerEvents(() -> connection);
            } else {
                events = new PostgresEvents(dataSource);
            }
            Verifier verifier = new Verifier(events, new ChainTable(dataSource));
            String strategy = options.get("strategy");
            Verdict verdict = strategy == null ? verifier.store()
                    : verifier.stream(strategy, options.get("hash")).orElse(null);
            if (verdict == null) {
                System.err.println("the event store holds no event of " + strategy);
                status = 2;
            } else {
                System.out.println(verdict.verdict());
                System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(verdict));
                status = verdict.intact() ? 0 : 1;
            }
        } catch (RuntimeException e) {
            System.err.println("could not verify: " + e.getMessage());
            status = 2;
        } finally {
            if (factory != null) {
                factory.shutdown();
            }
        }
        System.exit(status);
    }

    private static AxonServerConnectionFactory axonServer(String address, String token) {
        int colon = address.lastIndexOf(':');
        ServerAddress server = colon < 0 ? new ServerAddress(address, 8124)
                : new ServerAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
        AxonServerConnectionFactory.Builder builder = AxonServerConnectionFactory.forClient("chain-verifier")
                .routingServers(server);
        if (token != null) {
            builder.token(token);
        }
        return builder.build();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("options: --jdbc-url=URL [--user=U] [--password=P] [--axon-server=HOST:PORT] "
                + "[--axon-server-token=T] [--axon-server-context=default] [--strategy=ID [--hash=H]]");
        System.exit(2);
    }
}
