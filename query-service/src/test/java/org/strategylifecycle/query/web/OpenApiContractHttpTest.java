package org.strategylifecycle.query.web;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.query.QueryHttpTestSupport;
import org.strategylifecycle.support.openapi.PublishedContract;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description query-service serves is the contract published in
 * docs/api/query-service.openapi.json, from which system-tests generate the client they read with:
 * a change to the API that is not published fails here.
 */
class OpenApiContractHttpTest extends QueryHttpTestSupport {

    @Test
    void servesThePublishedDescription() throws IOException {
        HttpResponse<String> served = get("/v3/api-docs", "viewer");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        new PublishedContract("query-service").assertServed(served.body());
    }
}
