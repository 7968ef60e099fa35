package app.staffroom.base;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Through the application's own filters: a multipart body is refused first, before security or Vaadin see it. */
@SpringBootTest
@AutoConfigureMockMvc
class MultipartRequestsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_multipart_post_to_an_upload_address_is_refused_as_unsupported() throws Exception {
        mvc.perform(post("/VAADIN/dynamic/resource/1/0123456789abcdef/upload")
                        .contentType("multipart/form-data; boundary=xyz")
                        .content("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na\r\n--xyz--\r\n"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
