package org.strategylifecycle.command.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/operations.md lists every environment variable that either service reads (their own settings, the settings they share and the shared security settings). */
class OperationsDocTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @Test
    void everyVariableTheServicesReadIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/operations.md"));
        Set<String> read = new TreeSet<>();
        for (String settings : new String[]{"command-service/src/main/resources/application.yml",
                "query-service/src/main/resources/application.yml",
                "service-support/src/main/resources/strategy-service.yml",
                "service-support/src/main/resources/strategy-security.yml"}) {
            Matcher m = PLACEHOLDER.matcher(Files.readString(Path.of("..", settings)));
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        assertThat(read).isNotEmpty().allSatisfy(variable -> assertThat(doc).contains("`" + variable + "`"));
    }
}
