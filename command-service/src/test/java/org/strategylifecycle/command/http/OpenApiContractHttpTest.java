package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.support.openapi.PublishedContract;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description command-service serves is the contract published in
 * docs/api/command-service.openapi.json, from which system-tests generate the client they drive the
 * service with: a change to the API that is not published fails here.
 */
class OpenApiContractHttpTest extends HttpTestSupport {

    @Test
    void servesThePublishedDescription() throws IOException {
        Api.Answer served = editor.send(editor.request("/v3/api-docs").GET());
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        new PublishedContract("command-service").assertServed(served.response().body());
    }
}
