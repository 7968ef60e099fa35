package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.UploadRequests.CountingBody;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A multipart body never reaches the servlet container's part parsing, which would store all of it. */
class MultipartRefusalFilterTest {

    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @Test
    void a_multipart_body_is_refused_with_415_before_a_byte_is_read() throws Exception {
        CountingBody body = new CountingBody(TWENTY_MB);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean reachedVaadin = new AtomicBoolean();

        new MultipartRefusalFilter().doFilter(request("multipart/form-data; boundary=xyz", body), response,
                (request, ignored) -> {
                    reachedVaadin.set(true);
                    ((HttpServletRequest) request).getParts();
                });

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(reachedVaadin).isFalse();
        assertThat(body.bytesRead()).isZero();
    }

    @Test
    void a_raw_body_goes_on_to_the_upload_handler() throws Exception {
        CountingBody body = new CountingBody(10);
        AtomicBoolean reachedVaadin = new AtomicBoolean();

        new MultipartRefusalFilter().doFilter(request("text/csv", body), new MockHttpServletResponse(),
                (request, ignored) -> reachedVaadin.set(true));

        assertThat(reachedVaadin).isTrue();
    }

    /** A POST whose parts, when asked for, are read in full first, as a servlet container does. */
    private static HttpServletRequest request(String contentType, CountingBody body) {
        MockHttpServletRequest mock = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/key/upload");
        mock.setContentType(contentType);
        return new HttpServletRequestWrapper(mock) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }

            @Override
            public Collection<Part> getParts() throws IOException {
                body.transferTo(OutputStream.nullOutputStream());
                return List.of();
            }
        };
    }
}
