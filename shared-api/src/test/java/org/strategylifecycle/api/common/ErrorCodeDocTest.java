package org.strategylifecycle.api.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/http-api.md names every error code a client can meet. */
class ErrorCodeDocTest {

    @Test
    void everyCodeIsInTheHttpApiDocument() throws IOException {
        String doc = Files.readString(Path.of("../docs/http-api.md"));
        assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name))
                .allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }
}
