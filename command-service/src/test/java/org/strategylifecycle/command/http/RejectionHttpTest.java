package org.strategylifecycle.command.http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of refusal answers a problem detail with its status and code, and records nothing:
 * no event, and no idempotency key (each request carries one, which must roll back with the refusal).
 */
class RejectionHttpTest extends HttpTestSupport {

    private String strategy;
    private String goals;

    @BeforeEach
    void edition() {
        strategy = draft(null, 2024, 2028);
        goal(strategy, "1", "2024-01-01");
        goals = "/api/strategies/" + strategy + "/goals";
    }

    @Test
    void malformedJsonOrMissingBodyIsMalformedRequest() {
        assertThat(detail(refused(goals, "{\"title\": \"Goal\",", 400, "MALFORMED_REQUEST")))
                .startsWith("the request body is not valid JSON: Unexpected end-of-input").endsWith("at line 1, column 18");
        assertThat(detail(refused(goals, "", 400, "MALFORMED_REQUEST"))).isEqualTo("the request body is missing or not JSON");
        refused(goals, "[1, 2]", 400, "INVALID_VALUE");
        assertThat(detail(refused(goals, """
                {"number": "2", "title": "Goal",
                 "title": "Goal", "effectiveDate": "2024-01-01"}""", 400, "MALFORMED_REQUEST")))
                .isEqualTo("the request body is not valid JSON: Duplicate Object property \"title\" at line 2, column 9");
    }

    /** Valid JSON beyond the parser's limits is named as such, not as JSON that is not valid. */
    @Test
    void jsonBeyondTheParsersLimitsSaysWhichLimit() {
        assertThat(detail(refused(goals, "{\"number\": " + "1".repeat(1_001) + "}", 400, "MALFORMED_REQUEST"))).isEqualTo(
                "the request body goes beyond a limit of the JSON parser: Number value length (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void unknownFieldIsNamed() {
        Api.Answer answer = refused(goals, """
                {"number": "2", "titel": "Goal", "effectiveDate": "2024-01-01"}""", 400, "UNKNOWN_FIELD");
        assertThat(answer.json().path("field").asString()).isEqualTo("titel");
        refused(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01", "source": {"document": "d", "chapter": "2"}}""",
                400, "UNKNOWN_FIELD");
    }

    @Test
    void blankMissingOrOverlongTextIsRefused() {
        refused(goals, """
                {"number": "2", "title": "   ", "effectiveDate": "2024-01-01"}""", 400, "FIELD_REQUIRED");
        refused(goals, """
                {"number": "2", "effectiveDate": "2024-01-01"}""", 400, "FIELD_REQUIRED");
        refused(goals, """
                {"number": "2", "title": "%s", "effectiveDate": "2024-01-01"}""".formatted("x".repeat(501)), 400, "TEXT_TOO_LONG");
        refused(goals, """
                {"number": "2", "title": "Goal"}""", 400, "FIELD_REQUIRED");
        refused(goals + "/goal-x/retire", "{\"effectiveDate\": \"2024-02-01\"}", 400, "RATIONALE_REQUIRED");
    }

    @Test
    void impossibleDateWrongTypeAndUnknownEnumAreNamed() {
        Api.Answer date = refused(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": "2021-02-30"}""", 400, "INVALID_DATE");
        assertThat(date.json().path("field").asString()).isEqualTo("effectiveDate");
        Api.Answer order = refused(goals, """
                {"number": "2", "title": "Goal", "order": "first", "effectiveDate": "2024-01-01"}""", 400, "INVALID_VALUE");
        assertThat(order.json().path("field").asString()).isEqualTo("order");
        Api.Answer kind = refused("/api/strategies/" + strategy + "/statements", """
                {"kind": "SLOGAN", "label": "Slogan", "text": "Go", "effectiveDate": "2024-01-01"}""", 400, "INVALID_VALUE");
        assertThat(kind.json().path("field").asString()).isEqualTo("kind");
        Api.Answer year = refused("/api/strategies", """
                {"title": "T", "organization": %s, "period": {"label": "2024", "fromYear": "soon"}, "effectiveDate": "2024-01-01"}"""
                .formatted(ORGANIZATION), 400, "INVALID_VALUE");
        assertThat(year.json().path("field").asString()).isEqualTo("period.fromYear");
        refused(goals, """
                {"number": "2", "title": "Goal", "order": 99999999999, "effectiveDate": "2024-01-01"}""", 400, "INVALID_VALUE");
        refused(goals, """
                {"number": "2", "title": "Goal", "order": "3", "effectiveDate": "2024-01-01"}""", 400, "INVALID_VALUE");
        refused(goals, """
                {"number": "2", "title": 2, "effectiveDate": "2024-01-01"}""", 400, "INVALID_VALUE");
        refused(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": 19000}""", 400, "INVALID_DATE");
        refused(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": "+102024-01-01"}""", 400, "INVALID_DATE");
    }

    @Test
    void unknownStrategyOrElementIsNotFound() {
        refused("/api/strategies/no-such-edition/goals", """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}""", 404, "STRATEGY_NOT_FOUND");
        refused("/api/strategies/no-such-edition/adopt", "{\"effectiveDate\": \"2024-01-01\"}", 404, "STRATEGY_NOT_FOUND");
        refused(goals + "/no-such-goal/revise", """
                {"title": "Goal", "effectiveDate": "2024-01-01", "rationale": "why"}""", 404, "ELEMENT_NOT_FOUND");
        refused("/api/strategies", """
                {"lineId": "no-such-line", "title": "T", "organization": %s,
                 "period": {"label": "2024", "fromYear": 2024}, "effectiveDate": "2024-01-01"}""".formatted(ORGANIZATION),
                404, "LINE_NOT_FOUND");
    }

    @Test
    void ruleViolationIsAConflict() {
        refused(goals, """
                {"number": "1", "title": "Another first goal", "effectiveDate": "2024-01-01"}""", 409, "NUMBER_TAKEN");
        refused("/api/strategies/" + strategy + "/objectives", """
                {"parentId": "no-such-goal", "number": "1.1", "title": "O", "effectiveDate": "2024-01-01"}""",
                422, "PARENT_NOT_FOUND");
    }

    @Test
    void oversizeBodyIsRefusedWhetherDeclaredOrStreamed() {
        String huge = """
                {"number": "2", "title": "%s", "effectiveDate": "2024-01-01"}""".formatted("x".repeat(300_000));
        refused(goals, huge, 413, "PAYLOAD_TOO_LARGE");

        long events = storedEvents();
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        Api.Answer chunked = editor.send(editor.request(goals, "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void wrongContentTypeUnknownEndpointAndWrongMethodAreProblems() {
        long events = storedEvents();
        assertProblem(editor.send(editor.request(goals, "Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(editor.post("/api/strategies/" + strategy + "/wishes", "{}"), 404, "ENDPOINT_NOT_FOUND");
        assertProblem(editor.send(editor.request(goals).GET()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(editor.post("/api/strategies/%2e%2e/goals", "{}"), 400, "MALFORMED_REQUEST");
        assertProblem(editor.post(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}""", "Accept", "text/html"),
                406, "NOT_ACCEPTABLE");
        // An answer is never labelled as a problem, nor as another +json type, because the client asked so.
        assertProblem(editor.post(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}""", "Accept", "application/problem+json"),
                406, "NOT_ACCEPTABLE");
        Api auditor = editor.as("auditor");
        assertProblem(auditor.send(auditor.request("/api/verify", "Accept", "application/problem+json").GET()), 406, "NOT_ACCEPTABLE");
        assertProblem(auditor.send(auditor.request("/api/verify/strategies/" + strategy, "Accept", "application/vnd.example+json").GET()),
                406, "NOT_ACCEPTABLE");
        assertThat(storedEvents()).isEqualTo(events);
    }

    /** Query escapes whose bytes are not UTF-8 answered 500 where an endpoint read its parameters. */
    @Test
    void queryEscapesThatAreNotUtf8AreRefused() {
        long events = storedEvents();
        assertProblem(editor.send(editor.request("/api/imports/stratml?effectiveDate=%FF", "Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<StrategicPlan/>"))), 400, "MALFORMED_HTTP");
        assertProblem(editor.post(goals + "?x=%C0%AE", """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}"""), 400, "MALFORMED_HTTP");
        assertProblem(editor.send(editor.request("/api/verify?x=%ED%A0%80").GET()), 400, "MALFORMED_HTTP");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void malformedPreconditionOrIdempotencyKeyIsRefused() {
        String body = """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}""";
        refused(goals, body, 400, "INVALID_PRECONDITION", "If-Match", "\"three\"");
        refused(goals, body, 400, "INVALID_PRECONDITION", "If-Match", "W/3");
        long events = storedEvents();
        assertProblem(editor.post(goals, body, "Idempotency-Key", "x".repeat(101)), 400, "INVALID_IDEMPOTENCY_KEY");
        assertProblem(editor.post(goals, body, "Idempotency-Key", "no spaces"), 400, "INVALID_IDEMPOTENCY_KEY");
        assertProblem(editor.post(goals, body, "Idempotency-Key", ""), 400, "INVALID_IDEMPOTENCY_KEY");
        assertThat(storedEvents()).isEqualTo(events);
    }

    /** Headers in forms no client should send, on a command whose body lacks its title: refused, never failed, nothing recorded. */
    @Test
    void headersOfEveryFormAreRefusedNeverFailed() {
        String untitled = """
                {"number": "2", "effectiveDate": "2024-01-01"}""";
        String[][] headers = {
                {"If-Match", "*"}, {"If-Match", "\"1\", \"2\""}, {"If-Match", "\"99999999999999999999\""}, {"If-Match", "\"-1\""},
                {"If-Match", "\"\""}, {"If-Match", "W/"}, {"If-Match", "\"" + "9".repeat(8_000) + "\""}, {"If-None-Match", "*"},
                {"If-Unmodified-Since", "garbage"}, {"Range", "bytes=0-1"},
                {"Idempotency-Key", "\u00e9t\u00e9"}, {"Idempotency-Key", "a,b"},
                {"Authorization", "Basic !!!"}, {"Authorization", "Bearer x"}, {"Authorization", "Basic " + "x".repeat(8_000)},
                {"Origin", "null"}, {"Origin", "http://evil.example"}, {"X-Request-Id", "x".repeat(5_000)},
                {"Accept", "*/*;q=2"}, {"Accept", "/"}, {"Accept", "application/json;q=0"},
                {"Content-Type", "application/json; charset=\"utf-8\""}, {"Content-Type", "application/json;;"},
                {"Content-Type", "application/json; charset=utf-16"}, {"Content-Type", "application/merge-patch+json"},
                {"Content-Type", "application/json; charset=nope"}, {"Content-Type", "application/"},
        };
        long events = storedEvents();
        for (String[] header : headers) {
            Api.Answer answer = editor.send(editor.request(goals, "Content-Type", "application/json")
                    .setHeader(header[0], header[1]).POST(HttpRequest.BodyPublishers.ofString(untitled)));
            String what = header[0] + ": " + header[1];
            assertThat(answer.status()).as(what + " -> " + answer).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(answer.code()).as(what).isNotBlank();
        }
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void controlCharactersAreRefusedAndNewlinesOnlyInProse() {
        Api.Answer nul = refused(goals, """
                {"number": "2", "title": "a\\u0000b", "effectiveDate": "2024-01-01"}""", 400, "INVALID_CHARACTER");
        assertThat(nul.json().path("detail").asString()).contains("title", "U+0000");
        refused(goals, """
                {"number": "2", "title": "two\\nlines", "effectiveDate": "2024-01-01"}""", 400, "INVALID_CHARACTER");
        refused(goals, """
                {"number": "2", "title": "Goal", "statement": "carriage\\r\\nreturn", "effectiveDate": "2024-01-01"}""",
                400, "INVALID_CHARACTER");
        refused(goals, """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01", "rationale": "a\\u0085b"}""",
                400, "INVALID_CHARACTER");
        // Escaped or raw, U+FFFF and U+FFFE are no characters XML can hold: the edition's StratML export would not be well-formed.
        Api.Answer noncharacter = refused(goals, """
                {"number": "2", "title": "a\\uffffb", "effectiveDate": "2024-01-01"}""", 400, "INVALID_CHARACTER");
        assertThat(detail(noncharacter)).isEqualTo(
                "title holds the noncharacter U+FFFF at 1 (XML, and so a StratML export, cannot hold it)");
        refused(goals, """
                {"number": "2", "title": "Goal", "statement": "a\uFFFEb", "effectiveDate": "2024-01-01"}""", 400, "INVALID_CHARACTER");
        assertThat(editor.post(goals, """
                {"number": "2", "title": "Goal", "statement": "line one\\n\\tline two", "effectiveDate": "2024-01-01"}""")
                .status()).isEqualTo(201);
    }

    @Test
    void bodiesAreUtf8AndNothingElse() {
        long events = storedEvents();
        String body = """
                {"number": "2", "title": "Zoë", "effectiveDate": "2024-01-01"}""";
        assertProblem(editor.post(goals, body.getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1"),
                400, "INVALID_ENCODING");
        assertProblem(editor.post(goals, body.getBytes(StandardCharsets.ISO_8859_1), "application/json"), 400, "INVALID_ENCODING");
        assertProblem(editor.post(goals, body.getBytes(StandardCharsets.UTF_16LE), "application/json"), 400, "INVALID_ENCODING");
        assertProblem(editor.post(goals, body.getBytes(StandardCharsets.UTF_16), "application/json"), 400, "INVALID_ENCODING");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(editor.post(goals, body.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8").status())
                .isEqualTo(201);
        // JSON has no parameters (RFC 8259): a charset asked for is ignored, and the answer is UTF-8 JSON (it was a 500).
        Api.Answer latin1 = editor.post(goals, """
                {"number": "3", "title": "Zoë", "effectiveDate": "2024-01-01"}""", "Accept", "application/json; charset=ISO-8859-1");
        assertThat(latin1.status()).as(latin1.toString()).isEqualTo(201);
        assertThat(latin1.header("Content-Type")).isEqualTo("application/json");
        Api.Answer parameter = editor.post(goals, """
                {"number": "4", "title": "Goal", "effectiveDate": "2024-01-01"}""", "Accept", "application/json; v=\"x\"; q=0.9");
        assertThat(parameter.status()).as(parameter.toString()).isEqualTo(201);
        assertThat(parameter.header("Content-Type")).as("no parameter of the client's echoed").isEqualTo("application/json");
    }

    /**
     * Neither service decodes a content coding: a compressed body was refused as text that is not
     * UTF-8, and a plain one whose header said gzip was recorded.
     */
    @Test
    void bodiesInAContentCodingAreRefused() throws IOException {
        long events = storedEvents();
        byte[] body = """
                {"number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}""".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(body);
        }
        Api.Answer compressed = editor.send(editor.request(goals, "Content-Type", "application/json",
                "Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())));
        assertProblem(compressed, 415, "UNSUPPORTED_CONTENT_ENCODING");
        assertThat(compressed.header("Accept-Encoding")).isEqualTo("identity");
        assertProblem(editor.send(editor.request(goals, "Content-Type", "application/json", "Content-Encoding", "GZIP")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))), 415, "UNSUPPORTED_CONTENT_ENCODING");
        assertProblem(editor.send(editor.request(goals, "Content-Type", "application/json", "Content-Encoding", "identity, br")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))),
                415, "UNSUPPORTED_CONTENT_ENCODING");
        assertProblem(editor.send(editor.request("/api/imports/stratml", "Content-Type", "application/xml",
                "Content-Encoding", "deflate").POST(HttpRequest.BodyPublishers.ofString("<StrategicPlan/>"))),
                415, "UNSUPPORTED_CONTENT_ENCODING");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(editor.send(editor.request(goals, "Content-Type", "application/json", "Content-Encoding", "identity")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))).status()).isEqualTo(201);
    }

    @Test
    void enumValuesAreTheirExactNames() {
        String statements = "/api/strategies/" + strategy + "/statements";
        for (String kind : new String[]{"1", "\"1\"", "\"VISION \"", "\" VISION\"", "\"vision\""}) {
            Api.Answer answer = refused(statements, """
                    {"kind": %s, "label": "Vision", "text": "Secure borders", "effectiveDate": "2024-01-01"}""".formatted(kind),
                    400, "INVALID_VALUE");
            assertThat(answer.json().path("field").asString()).isEqualTo("kind");
        }
    }

    /** Sends with a fresh Idempotency-Key and checks the refusal left no event and no key behind. */
    private Api.Answer refused(String path, String json, int status, String code, String... headers) {
        long events = storedEvents();
        long keys = recordedKeys();
        String[] withKey = new String[headers.length + 2];
        System.arraycopy(headers, 0, withKey, 0, headers.length);
        withKey[headers.length] = "Idempotency-Key";
        withKey[headers.length + 1] = unique("key");
        Api.Answer answer = editor.post(path, json, withKey);
        assertProblem(answer, status, code);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(recordedKeys()).isEqualTo(keys);
        return answer;
    }

    private static String detail(Api.Answer answer) {
        return answer.json().path("detail").asString();
    }

    private static void assertProblem(Api.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.response().body()).doesNotContain("Exception", "at org.");
    }
}
