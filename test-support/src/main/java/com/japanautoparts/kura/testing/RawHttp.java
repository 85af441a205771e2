package com.japanautoparts.kura.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client will send: malformed escapes such as {@code %u0041},
 * request lines and headers beyond the limits, bytes that are not UTF-8, a body longer than its announced length,
 * chunked bodies of any size. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;

    private RawHttp() {
    }

    /** What came back: the status, the headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        public JsonPath json() {
            return JsonPath.from(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** Sends {@code METHOD target HTTP/1.1} with the given extra header lines (each "Name: value") and body. */
    public static Answer send(String host, int port, String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Connection: close\r\n");
        boolean length = false;
        for (String header : headers) {
            head.append(header).append("\r\n");
            String name = header.substring(0, Math.max(header.indexOf(':'), 0)).toLowerCase(Locale.ROOT);
            length |= name.equals("content-length") || name.equals("transfer-encoding");
        }
        if (body != null && !length) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        return exchange(host, port, head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    public static Answer send(int port, String method, String target, byte[] body, String... headers) {
        return send("127.0.0.1", port, method, target, body, headers);
    }

    /** Writes the bytes as they are (a whole request, however malformed) and reads the answer. */
    public static Answer exchange(String host, int port, byte[] head, byte[] body) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before it has read everything (413, 414, 431): read what it said.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("No HTTP answer from " + host + ":" + port, e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            throw new IOException("Not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            byte[] bytes = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            body.write(bytes);
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null && !size.isBlank(); size = line(in)) {
                int length = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (length == 0) {
                    break;
                }
                body.write(in.readNBytes(length));
                line(in);
            }
        } else {
            try {
                in.transferTo(body);
            } catch (IOException e) {
                // a reset after the answer: what was read is the body
            }
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
