package app.staffroom.testing;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Posts a request body straight to an {@link Upload}'s server-side handler, as a crafted request would,
 * whatever limits the component tells the browser; counts how much of the body the server reads.
 */
public final class UploadRequests {

    private UploadRequests() {
    }

    /** What became of one posted body. */
    public record Posted(long bytesRead, int status) {
    }

    /**
     * Posts {@code bodyBytes} bytes to {@code upload}'s handler.
     *
     * @param declareLength whether the request states its length ({@code Content-Length}); without it the
     *                      server can only find out by reading
     * @param contentType the request's content type, for example {@code text/csv} as the Upload component
     *                    sends it
     */
    public static Posted post(Upload upload, long bodyBytes, boolean declareLength, String contentType) throws IOException {
        CountingBody body = new CountingBody(bodyBytes);
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        HttpServletRequestWrapper request = new HttpServletRequestWrapper(VaadinServletRequest.getCurrent().getHttpServletRequest()) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }

            @Override
            public String getMethod() {
                return "POST";
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public String getHeader(String name) {
                return switch (name.toLowerCase(Locale.ROOT)) {
                    case "content-type" -> contentType;
                    case "content-length" -> declareLength ? Long.toString(bodyBytes) : null;
                    case "x-filename" -> "upload.bin";
                    default -> super.getHeader(name);
                };
            }

            @Override
            public long getContentLengthLong() {
                return declareLength ? bodyBytes : -1;
            }

            @Override
            public int getContentLength() {
                return declareLength && bodyBytes <= Integer.MAX_VALUE ? (int) bodyBytes : -1;
            }
        };
        VaadinServletResponse response = new VaadinServletResponse(new FakeResponse(), service);
        UploadKt.get_handler(upload).handleRequest(new VaadinServletRequest(request, service), response,
                VaadinSession.getCurrent(), upload.getElement());
        return new Posted(body.read, response.getHttpServletResponse().getStatus());
    }

    /** A body of {@code size} bytes, made up as it is read, that counts what was read. */
    /** A request body of {@code size} bytes that counts how many were read. */
    public static final class CountingBody extends ServletInputStream {

        private final long size;
        private long read;

        public CountingBody(long size) {
            this.size = size;
        }

        /** How many bytes were read so far. */
        public long bytesRead() {
            return read;
        }

        @Override
        public int read() {
            if (read == size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read == size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read == size;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
