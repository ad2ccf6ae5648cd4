package org.strategylifecycle.query.web;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.query.QueryHttpTestSupport;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Escapes that name bytes which are not UTF-8 (a lone {@code %FF}, the overlong {@code %C0%AE} for
     * a dot, an encoded surrogate): Tomcat refuses to decode them only when a reader first asks for the
     * parameters, which answered 500 before the filter refused them, in a query string and in a form
     * body alike; so did a form body's control character, which Spring Security's firewall refuses
     * when the parameters are first read.
     */
    @Test
    void escapesThatAreNotUtf8AreRefused() {
        for (String path : new String[]{"/api/history?actor=%FF", "/api/strategies/x?asOf=%C0%AE",
                "/api/strategies?%FF=1", "/api/diff?from=%ED%A0%80&to=b", "/actuator/health?x=%F4%90%80%80", "/?x=%FF"}) {
            problem(get(path, "auditor"), 400, "MALFORMED_HTTP");
        }
        assertThat(get("/api/history?actor=%C3%A9", "auditor").statusCode()).as("é, well formed").isEqualTo(200);
        for (String body : new String[]{"x=%FF", "x=%ZZ", "%C0%AE=1", "%00=1", "a%01b=1"}) {
            problem(send(request("/api/admin/projections/editions/segments/77/release", "admin")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))), 400, "MALFORMED_REQUEST");
        }
    }

    /**
     * What Tomcat does not implement (CONNECT, a transfer coding other than chunked) it answered 501,
     * with the problem of a server failure; a method Spring Security's firewall does not know, 400 as
     * a URL not allowed.
     */
    @Test
    void methodsAndCodingsNoEndpointTakesAreTheClientsMistake() throws IOException {
        String auditor = "Authorization: Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8));
        assertThat(raw("CONNECT /api/strategies HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ").contains("application/problem+json", "\"code\":\"MALFORMED_HTTP\"");
        assertThat(raw("POST /api/admin/projections/editions/parked/retry HTTP/1.1\r\nHost: localhost\r\n" + auditor
                + "\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ").contains("application/problem+json", "\"code\":\"MALFORMED_HTTP\"");
        assertThat(raw("PROPFIND /api/strategies HTTP/1.1\r\nHost: localhost\r\n" + auditor + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 405 ").contains("Allow: GET, HEAD, OPTIONS, POST", "\"code\":\"METHOD_NOT_ALLOWED\"");
    }

    /** No endpoint decodes a content coding, so a body in one is refused before it is read (RFC 9110's 415). */
    @Test
    void bodiesInAContentCodingAreRefused() {
        HttpResponse<String> answer = send(request("/api/admin/projections/editions/segments/77/release", "admin")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
        problem(answer, 415, "UNSUPPORTED_CONTENT_ENCODING");
        assertThat(answer.headers().firstValue("Accept-Encoding")).hasValue("identity");
    }

    /** Headers a read does not expect, in forms no client should send: answered or refused, never failed. */
    @Test
    void headersOfEveryFormAreAnsweredOrRefusedNeverFailed() throws IOException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        String[][] headers = {
                {"If-None-Match", "*"}, {"If-None-Match", "garbage"}, {"If-None-Match", "W/"}, {"If-None-Match", "\""},
                {"If-None-Match", "W/\"open"}, {"If-None-Match", "\"a\", ,,"}, {"If-None-Match", "x".repeat(8_000)},
                {"If-Modified-Since", "garbage"}, {"If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"},
                {"If-Unmodified-Since", "garbage"}, {"If-Match", "x"}, {"If-Range", "x"},
                {"Range", "bytes=0-1"}, {"Range", "bytes=abc"}, {"Range", "bytes=99999999999999999999-"},
                {"Authorization", "Basic !!!"}, {"Authorization", "Basic"}, {"Authorization", "Bearer x"},
                {"Authorization", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8))},
                {"Authorization", "Basic " + Base64.getEncoder().encodeToString(new byte[]{(byte) 0xFF, ':', (byte) 0xFE})},
                {"Authorization", "Basic " + "x".repeat(8_000)}, {"Authorization", "Digest username=\"a\""},
                {"Origin", "null"}, {"Origin", "http://evil.example"}, {"Origin", "garbage"},
                {"Accept", ""}, {"Accept", "application/json;q=0"}, {"Accept", "*/*;q=2"}, {"Accept", "/"},
                {"Accept-Language", "!!"}, {"Accept-Charset", "nope"}, {"Accept-Encoding", "br;q=x"},
                {"Content-Type", "garbage/"}, {"Content-Type", "application/json; charset=nope"},
                {"X-Request-Id", "x".repeat(5_000)}, {"X-Request-Id", "\u00e9\u00e9"}, {"Cookie", "JSESSIONID=x; ;=;"},
                {"Last-Event-ID", "x"}, {"Forwarded", "for=\"[::1"}, {"X-Forwarded-For", "garbage"},
                {"X-Forwarded-Proto", "gopher"}, {"X-Forwarded-Host", "evil.example:99999"}, {"X-Forwarded-Port", "-1"},
        };
        for (String path : new String[]{"/api/strategies", "/api/history", "/api/strategies/no-such"}) {
            for (String[] header : headers) {
                HttpRequest.Builder request = request(path, header[0].equals("Authorization") ? null : "auditor");
                HttpResponse<String> answer = send(request.header(header[0], header[1]).GET());
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                answered(answer, path + " " + header[0] + ": " + header[1]);
                HttpResponse<String> preflight = send(request(path, null).header("Origin", DASHBOARD_ORIGIN)
                        .header("Access-Control-Request-Method", "GET").header(header[0], header[1])
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
                answered(preflight, "OPTIONS " + path + " " + header[0] + ": " + header[1]);
            }
        }
        String auditor = "Authorization: Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8));
        for (String extra : new String[]{"X-A: 1\r\n".repeat(150), "Content-Length: 0\r\nContent-Length: 5\r\n",
                "Expect: 100-continue\r\nContent-Length: 1\r\n", "Expect: teapot\r\n", "Upgrade: h2c\r\nConnection: Upgrade\r\n",
                "Host: second\r\n", "Transfer-Encoding: chunked\r\n"}) {
            String answer = raw("GET /api/history HTTP/1.1\r\nHost: localhost\r\n" + auditor + "\r\n" + extra
                    + "Connection: close\r\n\r\n" + (extra.startsWith("Transfer") ? "0\r\n\r\n" : extra.contains("Length: 1") ? "x" : ""))
                    .replaceFirst("^HTTP/1.1 100 \r\n\r\n", "");
            assertThat(answer).as(extra).doesNotStartWith("HTTP/1.1 5");
            if (!answer.startsWith("HTTP/1.1 2") && !answer.startsWith("HTTP/1.1 101")) {
                assertThat(answer).as(extra).contains("application/problem+json", "\"code\":\"");
            }
        }
        System.out.println("header probes by status: " + statuses);
    }

    private static void answered(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + " -> " + answer.body()).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(answer).path("code").asString()).as(what).isNotBlank();
        }
    }

    /** The whole answer to a request written byte for byte, as the client that sent it would read it. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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
