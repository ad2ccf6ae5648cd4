package org.strategylifecycle.query.web;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.query.QueryHttpTestSupport;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads refuse, never fail: whatever a client puts in a query, it gets 200, 400 or 404, and every
 * refusal (the framework's too) is a problem detail with a code and the request id.
 */
class QueryRefusalsHttpTest extends QueryHttpTestSupport {

    @Test
    void controlCharactersInParametersAreRefused() {
        for (String path : new String[]{"/api/history?actor=%00", "/api/strategies/x/history?elementId=a%00b",
                "/api/diff?from=a%00&to=b", "/api/history?actor=%C2%85"}) {
            problem(get(path, "auditor"), 400, "INVALID_CHARACTER");
        }
    }

    @Test
    void datesOutsideTheYearsPostgresqlHoldsAreInvalid() {
        for (String query : new String[]{"knownAt=-1000000000-01-01T00:00:00Z", "knownAt=+1000000000-12-31T23:59:59Z",
                "knownAt=0000-12-31T23:59:59Z", "asOf=+10000-01-01", "asOf=0000-01-01", "asOf=1%2F2%2F21"}) {
            problem(get("/api/strategies/no-such?" + query, "viewer"), 400, "INVALID_DATE");
        }
        problem(get("/api/strategies/no-such?asOf=9999-12-31&knownAt=0001-01-01T00:00:00Z", "viewer"), 404, "STRATEGY_NOT_FOUND");
        problem(get("/api/history?from=-999999999-01-01", "auditor"), 400, "INVALID_DATE");
        assertThat(get("/api/history?size=500", "auditor").statusCode()).isEqualTo(200);
        problem(get("/api/history?size=2147483648", "auditor"), 400, "INVALID_VALUE");
        problem(get("/api/history?cursor=%25%25not-a-cursor", "auditor"), 400, "INVALID_VALUE");
    }

    @Test
    void frameworkRefusalsAreProblemsWithTheRequestId() {
        problem(send(request("/api/strategies", "viewer").header("Accept", "image/png").GET()), 406, "NOT_ACCEPTABLE");
        problem(get("/api/nothing-here", "viewer"), 404, "ENDPOINT_NOT_FOUND");
        problem(send(request("/api/strategies", "viewer").DELETE()), 405, "METHOD_NOT_ALLOWED");
        problem(get("/error", "viewer"), 404, "ENDPOINT_NOT_FOUND");
        problem(get("/error", null), 401, "UNAUTHENTICATED");
        problem(get("/api/history?size=0", "auditor"), 400, "INVALID_VALUE");
    }

    private static void problem(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(answer).get("code").asString()).isEqualTo(code);
        assertThat(json(answer).get("requestId").asString()).isNotBlank()
                .isEqualTo(answer.headers().firstValue("X-Request-Id").orElseThrow());
    }
}
