package app.staffroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP/1.1 requests to the running test server, as a browser or a proxy in front of it would send them:
 * no redirect followed, no cookie kept unless given, every header of the answer readable.
 */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private RawHttp() {
    }

    /** GET {@code path} on localhost:{@code port} with these headers (name, value, name, value, …). */
    public static HttpResponse<String> get(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a WebSocket handshake to {@code path} as a browser on {@code origin} would, with {@code cookie} (may be
     * empty), and returns the status line and headers of the answer (the connection is then closed).
     */
    public static String webSocketHandshake(int port, String path, String origin, String cookie) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String key = java.util.Base64.getEncoder().encodeToString(new byte[16]);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Origin: " + origin + "\r\n" + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            return head.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one value of a header, or empty. */
    public static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    /** Every Set-Cookie of the answer. */
    public static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** The {@code name=value} part of the first cookie whose name is one of {@code names}. */
    public static Optional<String> cookie(HttpResponse<?> response, String... names) {
        return cookies(response).stream().map(cookie -> cookie.split(";", 2)[0])
                .filter(pair -> List.of(names).contains(pair.split("=", 2)[0])).findFirst();
    }

    /** Every header as the server sent it, for failure messages. */
    public static Map<String, List<String>> all(HttpResponse<?> response) {
        return response.headers().map();
    }
}
