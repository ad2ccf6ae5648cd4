package org.strategylifecycle.query.live;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of the live streams' events (the SSE wire format: {@code id}, {@code event} and one
 * {@code data} line of JSON, which never holds a line break). The shapes are documented in
 * docs/http-api.md, "Live updates".
 */
@Component
class SseFrames implements LiveStream.Frames {

    /** How long a browser's EventSource waits before it reconnects after a stream ends. */
    static final Duration RECONNECT = Duration.ofSeconds(2);

    private final JsonMapper json;
    private ChangeLog.Row lastRow;
    private final byte[][] lastFrames = new byte[2][];

    SseFrames(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] opening() {
        return (": live updates\nretry: " + RECONNECT.toMillis() + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] subscribed(Cursor from, String strategyId, boolean actors) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("strategyId", strategyId);
        data.put("actors", actors);
        return frame(from, "subscribed", data);
    }

    @Override
    public byte[] reset(Cursor from) {
        return frame(from, "reset", Map.of("reason", "REBUILT", "detail",
                "the read models were rebuilt after the Last-Event-ID given: reload what you show, then follow this stream"));
    }

    /** The same row goes to many streams in a row: its two forms are kept for the next stream. */
    @Override
    public synchronized byte[] change(ChangeLog.Row row, boolean actors) {
        if (row != lastRow) {
            lastRow = row;
            lastFrames[0] = null;
            lastFrames[1] = null;
        }
        int form = actors ? 1 : 0;
        if (lastFrames[form] == null) {
            lastFrames[form] = frame(row.cursor(), "change", actors ? row.notice() : row.notice().withoutActor());
        }
        return lastFrames[form];
    }

    @Override
    public byte[] end(LiveStream.EndReason reason, Cursor lastEventId, String detail) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", reason.name());
        data.put("lastEventId", lastEventId == null ? null : lastEventId.toString());
        data.put("detail", detail);
        return frame(lastEventId, "end", data);
    }

    private byte[] frame(Cursor id, String event, Object data) {
        StringBuilder text = new StringBuilder(256);
        if (id != null) {
            text.append("id: ").append(id).append('\n');
        }
        text.append("event: ").append(event).append('\n')
                .append("data: ").append(json.writeValueAsString(data)).append("\n\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
