package org.strategylifecycle.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Requests no well-behaved client sends, across every endpoint of both services: malformed and
 * hostile bodies, parameters and ids, wrong logins, roles, headers and media types, and raw HTTP
 * that Tomcat refuses itself. Every command here must be refused (nothing may be recorded); a read
 * may be answered, or refused.
 */
final class HostileRequests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String GOOD_DATE = "\"effectiveDate\": \"2024-01-01\"";

    private HostileRequests() {
    }

    /** Bodies each of which every command refuses, whatever the endpoint: one flaw at least, most of them common ones. */
    static List<byte[]> commandBodies() {
        List<String> json = new ArrayList<>(List.of(
                "{", "", "[]", "\"x\"", "null", "1", "{}", "{\"effectiveDate\": \"2024-01-01\",}",
                "{" + GOOD_DATE + ", \"title\": \"a\\u0000b\", \"number\": \"9\", \"elementId\": \"nul\"}",
                "{" + GOOD_DATE + ", \"title\": \"line\\nbreak\", \"number\": \"9\", \"elementId\": \"nl\"}",
                "{" + GOOD_DATE + ", \"rationale\": \"bell\\u0007\"}",
                "{" + GOOD_DATE + ", \"rationale\": \"c1\\u0085\"}",
                "{" + GOOD_DATE + ", \"rationale\": \"lone \\ud800 surrogate\"}",
                "{" + GOOD_DATE + ", \"title\": \"non\\uffffcharacter\", \"number\": \"9\", \"elementId\": \"nc\"}",
                "{" + GOOD_DATE + ", \"kind\": 1, \"label\": \"Vision\", \"text\": \"x\", \"title\": \"\\u0000\"}",
                "{" + GOOD_DATE + ", \"kind\": \"VISION \", \"label\": \"Vision\", \"text\": \"x\", \"hack\": 1}",
                "{" + GOOD_DATE + ", \"measureType\": 1, \"title\": \"M\\u0000\"}",
                "{" + GOOD_DATE + ", \"relation\": 1, \"predecessor\": {\"strategyId\": \"x\", \"elementId\": \"y\"}, \"bad\": []}",
                "{" + GOOD_DATE + ", \"provenance\": {\"basis\": 1}, \"elementId\": \"\\u0000\"}",
                "{\"effectiveDate\": \"2024-02-30\"}",
                "{\"effectiveDate\": \"-1000000000-01-01\"}",
                "{\"effectiveDate\": \"+99999-01-01\"}",
                "{\"effectiveDate\": 20240101}",
                "{\"effectiveDate\": [2024, 1, 1]}",
                "{\"effectiveDate\": \"\"}",
                "{" + GOOD_DATE + ", \"title\": 1}",
                "{" + GOOD_DATE + ", \"order\": 1.5, \"title\": \"\\u0001\"}",
                "{" + GOOD_DATE + ", \"order\": 99999999999999999999999}",
                "{" + GOOD_DATE + ", \"order\": \"first\"}",
                "{" + GOOD_DATE + ", \"effectiveDate\": \"2024-01-02\"}",
                "{" + GOOD_DATE + ", \"strategyId\": \"x'; drop table domain_event_entry; --\", \"title\": \"T\", "
                        + "\"organization\": {\"code\": \"C\", \"name\": \"N\"}, \"period\": {\"label\": \"P\"}}",
                "{" + GOOD_DATE + ", \"lineId\": \"../../etc/passwd\", \"title\": \"T\", \"organizationCode\": \"C\"}",
                "{" + GOOD_DATE + ", \"title\": \"" + "x".repeat(20_000) + "\", \"number\": \"1\", \"rationale\": \"\\u0000\"}",
                "{" + GOOD_DATE + ", \"elementId\": \"" + "e".repeat(300) + "\", \"title\": \"\\u0000\"}",
                "{" + GOOD_DATE + ", \"source\": {\"document\": \"\\u0000\", \"page\": 3}}",
                "{\"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                "{" + GOOD_DATE + ", \"x\": " + "{\"y\": ".repeat(2_000) + "1" + "}".repeat(2_000) + "}"));
        List<byte[]> bodies = new ArrayList<>();
        json.forEach(body -> bodies.add(body.getBytes(StandardCharsets.UTF_8)));
        bodies.add(("{" + GOOD_DATE + ", \"title\": \"Zo\u00eb\", \"hack\": 1}").getBytes(StandardCharsets.ISO_8859_1));
        bodies.add(("{" + GOOD_DATE + ", \"title\": \"T\", \"zz\": 1}").getBytes(StandardCharsets.UTF_16LE));
        bodies.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        bodies.add(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        return bodies;
    }

    /** Every command endpoint, on an edition that exists ({@code edition}, with goal-1, measure-1 and alignment-1) or not. */
    static List<String> commandPaths(String edition) {
        List<String> paths = new ArrayList<>(List.of("/api/lines", "/api/strategies", "/api/imports/stratml?effectiveDate=2024-01-01"));
        for (String id : List.of(edition, "no-such-edition", "%2e%2e", "a%20b", "x".repeat(150))) {
            String base = "/api/strategies/" + id;
            for (String action : List.of("adopt", "retire", "supersede", "statements", "goals", "mission-areas", "objectives",
                    "initiatives", "outcomes", "measures", "alignments", "lineage")) {
                paths.add(base + "/" + action);
            }
            for (String kind : List.of("statements", "goals", "mission-areas", "objectives", "initiatives", "outcomes", "measures")) {
                paths.add(base + "/" + kind + "/goal-1/revise");
                paths.add(base + "/" + kind + "/goal-1/retire");
            }
            paths.add(base + "/initiatives/goal-1/complete");
            paths.add(base + "/measures/measure-1/targets");
            paths.add(base + "/measures/measure-1/actuals");
            paths.add(base + "/alignments/alignment-1/remove");
            paths.add(base + "/elements/goal-1/correct");
        }
        return paths;
    }

    /**
     * Every hostile body on every command path twice: once as an editor with nothing else wrong, so that
     * only the body can be refused (sent only with the other flaws in turn, a body the service wrongly
     * accepted was refused for those and went unseen), and once with one of the ways a request can be
     * wrong besides its body (login, role, preconditions, media types and codings) in turn.
     */
    static List<HttpRequest> commandRequests(int port, String edition) {
        List<HttpRequest> requests = new ArrayList<>();
        List<byte[]> bodies = commandBodies();
        List<String> paths = commandPaths(edition);
        String[][] headerSets = {
                {"Content-Type", "application/json"},
                {"Content-Type", "application/json", "If-Match", "\"abc\""},
                {"Content-Type", "application/json", "Idempotency-Key", "no spaces allowed"},
                {"Content-Type", "application/json", "Accept", "image/png"},
                {"Content-Type", "application/json; charset=ISO-8859-1"},
                {"Content-Type", "text/plain"},
                {"Content-Type", "application/xml"},
                {"Content-Type", "application/json", "Content-Encoding", "gzip"},
        };
        int i = 0;
        for (String path : paths) {
            for (byte[] body : bodies) {
                requests.add(request(port, path, "editor", headerSets[0]).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                String[] headers = headerSets[i++ % headerSets.length];
                String user = i % 23 == 0 ? "viewer" : i % 29 == 0 ? null : "editor";
                requests.add(request(port, path, user, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            }
        }
        for (int n = 0; n < 20; n++) {
            requests.add(request(port, "/api/strategies", "editor:wrong-" + n, "Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        }
        for (String document : hostileXml()) {
            for (String repair : List.of("true", "false")) {
                requests.add(request(port, "/api/imports/stratml?effectiveDate=2024-01-01&repair=" + repair, "editor",
                        "Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(document)).build());
            }
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            requests.add(request(port, "/api/strategies/" + edition + "/goals", "editor").method(method,
                    HttpRequest.BodyPublishers.noBody()).build());
        }
        requests.add(request(port, "/api/strategies", "editor", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[300_000])).build());
        return requests;
    }

    /** StratML roots around what no StratML document holds: deep nesting, masses of attributes, an endless name. */
    static List<String> hostileXml() {
        String root = "<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\">";
        return List.of(root + "<x>".repeat(200_000) + "</x>".repeat(200_000) + "</StrategicPlan>",
                root + "<x" + IntStream.range(0, 20_000).mapToObj(i -> " a" + i + "=\"1\"").collect(Collectors.joining())
                        + "/></StrategicPlan>",
                root + "<" + "n".repeat(5_000) + "/></StrategicPlan>");
    }

    /** Hostile values for any query parameter or path segment: control characters, absurd dates and numbers, injection, length. */
    static List<String> hostileValues() {
        return List.of("\u0000", "a\u0000b", "\u0001", "\u0085", "\u007f", "\t", "\n", "\ud83d\ude80",
                "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "0000-01-01", "9999-12-31", "+10000-01-01",
                "2024-02-30", "1/2/21", "2024-01-01T25:00:00Z", "-1", "0", "2147483648", "99999999999999999999",
                "' or '1'='1", "\"; drop table query.change; --", "../../etc/passwd", "%", "%25", "", " ",
                "x".repeat(3_000), "<script>alert(1)</script>", "NaN");
    }

    /** Every read endpoint (server-sent event streams aside) with hostile ids and parameters. */
    static List<HttpRequest> readRequests(int port, String edition) {
        String[] editionPaths = {"", "/history", "/measures", "/alignments", "/stratml", "/diff",
                "/elements/goal-1/alignments", "/elements/goal-1/lineage"};
        String[] parameters = {"asOf", "knownAt", "minVersion", "elementId", "actor", "from", "to", "page", "size",
                "limit", "fromAsOf", "toAsOf"};
        List<HttpRequest> requests = new ArrayList<>();
        List<String> values = hostileValues();
        int i = 0;
        for (String value : values) {
            String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
            String id = value.isBlank() || value.equals("%") ? "x" : v;
            for (String path : editionPaths) {
                for (String parameter : parameters) {
                    String user = i++ % 3 == 0 ? "auditor" : "viewer";
                    requests.add(request(port, "/api/strategies/" + edition + path + "?" + parameter + "=" + v, user).GET().build());
                }
                requests.add(request(port, "/api/strategies/" + id + path, "auditor").GET().build());
            }
            for (String path : List.of("/api/strategies", "/api/history", "/api/activity", "/api/lines/" + id,
                    "/api/admin/projections", "/api/admin/projections/" + id, "/actuator/health", "/error")) {
                for (String parameter : parameters) {
                    requests.add(request(port, path + "?" + parameter + "=" + v, i++ % 2 == 0 ? "admin" : "auditor").GET().build());
                }
            }
            requests.add(request(port, "/api/diff?from=" + v + "&to=" + edition, "viewer").GET().build());
            requests.add(request(port, "/api/diff?from=" + edition + "&to=" + edition + "&fromAsOf=" + v, "viewer")
                    .header("Accept", "text/plain").GET().build());
            requests.add(request(port, "/api/strategies/" + edition + "/diff?from=" + v + "&to=2024-01-01", "viewer").GET().build());
            // A segment that exists would really be released: only numbers no segment has, and non-numbers.
            String segment = value.matches("\\d{1,9}") ? "7" + value : id;
            requests.add(request(port, "/api/admin/projections/editions/segments/" + segment + "/release", "admin")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            requests.add(request(port, "/api/admin/projections/" + id + "/rebuild", "viewer")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        // Escapes whose bytes are not UTF-8 (a lone byte, an overlong dot, a surrogate, past U+10FFFF, a cut sequence),
        // in a query and in a form body: Tomcat refuses to decode them only when a reader asks for the parameters.
        for (String escaped : List.of("%FF", "%C0%AE", "%ED%A0%80", "%F4%90%80%80", "%E2%82")) {
            for (String parameter : parameters) {
                requests.add(request(port, "/api/strategies/" + edition + "?" + parameter + "=" + escaped, "viewer").GET().build());
                requests.add(request(port, "/api/history?" + parameter + "=" + escaped, "auditor").GET().build());
            }
            for (String path : List.of("/api/strategies/" + edition + "/history", "/api/activity", "/actuator/health",
                    "/", "/swagger-ui.html", "/api/strategies?" + escaped + "=1")) {
                requests.add(request(port, path + (path.contains("?") ? "" : "?x=" + escaped), "auditor").GET().build());
            }
            for (String path : List.of("/api/admin/projections/editions/segments/77/release", "/api/admin/projections/editions/rebuild")) {
                requests.add(request(port, path, "viewer", "Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("x=" + escaped)).build());
                requests.add(request(port, path + "?x=" + escaped, "admin").POST(HttpRequest.BodyPublishers.noBody()).build());
            }
            requests.add(request(port, "/api/admin/projections/editions/segments/77/release", "admin",
                    "Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(escaped + "=1")).build());
        }
        for (String body : List.of("%00=1", "a%01b=1", "x=%00")) { // what Spring Security's firewall refuses when the body is read
            requests.add(request(port, "/api/admin/projections/editions/parked/retry", "admin",
                    "Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        for (String accept : List.of("image/png", "application/xml", "text/html", "*/*;q=abc", "application/json;charset=latin1",
                "application/problem+json", "application/vnd.example+json")) {
            requests.add(request(port, "/api/strategies/" + edition, "viewer").header("Accept", accept).GET().build());
            requests.add(request(port, "/api/history", "auditor").header("Accept", accept).GET().build());
        }
        requests.add(request(port, "/api/history", "viewer").GET().build());
        requests.add(request(port, "/api/strategies", null).GET().build());
        requests.add(request(port, "/api/admin/projections/editions/rebuild", "auditor").POST(HttpRequest.BodyPublishers.noBody()).build());
        requests.add(request(port, "/api/admin/projections/editions/parked/retry", "viewer").POST(HttpRequest.BodyPublishers.noBody()).build());
        return requests;
    }

    /**
     * Requests Tomcat answers itself, before any servlet: a control character in a header, an
     * encoded slash, backslash or NUL in the path, a broken escape, a request line or header over
     * the size limit, a malformed request line or header.
     */
    static List<String> rawRequests(String edition) {
        String auth = "Authorization: Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        String get = "GET %s HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\nConnection: close\r\n%s\r\n";
        List<String> raw = new ArrayList<>();
        for (String path : List.of("/api/strategies/a%2Fb", "/api/strategies/a%5Cb", "/api/strategies/a%00b",
                "/api/strategies/" + edition + "%2F..%2F..", "/api/strategies?x=%zz", "/api/strategies?x=%",
                "/api/history?actor=%00", "/api/strategies/%C0%AF", "/api/strategies?" + "x".repeat(20_000),
                "/" + "a".repeat(20_000), "/api/strategies/\u00ff", "/api/strategies?x=%FF", "/api/history?%C0%AE=1",
                "/actuator/health?x=%ED%A0%80")) {
            raw.add(get.formatted(path, ""));
        }
        raw.add(get.formatted("/api/strategies", "Idempotency-Key: a\u0001b\r\n"));
        raw.add(get.formatted("/api/strategies", "X-Request-Id: \u0000\r\n"));
        raw.add(get.formatted("/api/strategies", "X-Big: " + "b".repeat(20_000) + "\r\n"));
        raw.add(get.formatted("/api/strategies", "No colon here\r\n"));
        raw.add(get.formatted("/api/strategies", "X-Folded: a\r\n folded\r\n"));
        raw.add("G@T /api/strategies HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        raw.add("GET /api/strategies HTTP/1.1\r\nConnection: close\r\n\r\n");
        raw.add("GET /api/strategies HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        raw.add("CONNECT /api/strategies HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        raw.add("PROPFIND /api/strategies HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\nConnection: close\r\n\r\n");
        raw.add("POST /api/strategies HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        raw.add("POST /api/strategies HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        raw.add("POST /api/strategies HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: -1\r\nConnection: close\r\n\r\n");
        return raw;
    }

    private static HttpRequest.Builder request(int port, String path, String user, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT);
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + user;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }
}
