package org.strategylifecycle.command.http;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategylifecycle.command.CommandServiceApplication;
import org.strategylifecycle.devdb.TestDatabase;
import org.strategylifecycle.support.security.prod.TestIssuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** command-service under the prod profile on a random port and a fresh database, trusting {@code issuer}'s tokens. */
final class ProdCommandService {

    private ProdCommandService() {
    }

    /** @param settings further {@code --name=value} arguments, which replace the ones of the same name given here */
    static ConfigurableApplicationContext start(TestIssuer issuer, String database, String... settings) {
        TestDatabase.Connection db = TestDatabase.create(database);
        // One value per name: Spring joins repeated command-line options with commas.
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String argument : List.of("--server.port=0", "--spring.profiles.active=prod",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--strategy.security.jwt.issuer-uri=" + issuer.uri(),
                "--strategy.security.jwt.audience=" + TestIssuer.AUDIENCE,
                "--strategy.security.public-url=https://strategy.example.org")) {
            arguments.put(argument.substring(0, argument.indexOf('=')), argument);
        }
        for (String argument : settings) {
            arguments.put(argument.substring(0, argument.indexOf('=')), argument);
        }
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(arguments.values().toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
