package org.strategylifecycle.query.live;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A subscriber that stops reading: it sends its request on a socket with a small receive buffer and
 * reads nothing until the test says so, as a client that hangs would. HTTP/1.0, so the answer comes
 * without chunked encoding and ends when the server closes it.
 */
final class SlowSseClient implements AutoCloseable {

    private final Socket socket;

    SlowSseClient(int port, String path, String user) throws IOException {
        socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", port));
        String login = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Basic " + login + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads everything the server sends until it closes the connection: the status line and the events. */
    Answer readToEnd() throws IOException {
        socket.setSoTimeout(60_000);
        byte[] all = socket.getInputStream().readAllBytes();
        String text = new String(all, StandardCharsets.UTF_8);
        int body = text.indexOf("\r\n\r\n");
        BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(text.substring(body + 4).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        return new Answer(text.substring(0, text.indexOf("\r\n")), SseClient.parse(lines, null));
    }

    record Answer(String statusLine, List<SseClient.Event> events) {
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
