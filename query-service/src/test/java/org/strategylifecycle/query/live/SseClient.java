package org.strategylifecycle.query.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of a live stream over real HTTP that reads as fast as the server writes: parses the
 * server-sent events as a browser's EventSource would and queues them for the test.
 */
final class SseClient implements AutoCloseable {

    /** One event: its id (null when it set none), type and data. */
    record Event(String id, String type, String data) {
    }

    private static final Event END_OF_STREAM = new Event(null, "<end of stream>", null);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-client");
        this.reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    static SseClient open(HttpRequest.Builder request) throws IOException, InterruptedException {
        return new SseClient(HttpClient.newHttpClient().send(request.header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream()));
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** What a refused request answered: its status, headers and body. */
    @Override
    public String toString() {
        try {
            return response.statusCode() + " " + response.headers().map() + " "
                    + (reader.isAlive() ? "(streaming)" : new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return response.statusCode() + " (body unreadable: " + e.getMessage() + ")";
        }
    }

    /** The next event, failing the test if none comes within {@code timeout}. */
    Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return event;
    }

    /** Events until one matches {@code last} (included), failing if that takes longer than {@code timeout}. */
    List<Event> until(Predicate<Event> last, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> seen = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("not seen within " + timeout + "; got " + seen.size() + " events, the last "
                        + (seen.isEmpty() ? "none" : seen.get(seen.size() - 1)));
            }
            seen.add(event);
            if (last.test(event)) {
                return seen;
            }
        }
    }

    /** Whatever has arrived, without waiting. */
    List<Event> drain() {
        List<Event> arrived = new ArrayList<>();
        events.drainTo(arrived);
        return arrived;
    }

    static List<Event> parse(BufferedReader lines, BlockingQueue<Event> into) throws IOException {
        List<Event> parsed = new ArrayList<>();
        String id = null;
        String type = null;
        StringBuilder data = null;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isEmpty()) {
                if (data != null || type != null) {
                    Event event = new Event(id, type == null ? "message" : type, data == null ? null : data.toString());
                    parsed.add(event);
                    if (into != null) {
                        into.add(event);
                    }
                }
                id = null;
                type = null;
                data = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                type = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
            }
        }
        return parsed;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            parse(lines, events);
        } catch (IOException closed) {
            // the test closed it, or the server did
        } finally {
            events.add(END_OF_STREAM);
        }
    }

    static boolean ended(Event event) {
        return event == END_OF_STREAM;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
