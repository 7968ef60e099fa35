package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.staffroom.testing.Demo;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** After accepting an invitation the person lands signed in, once, under a new session id. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTicketTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignInTickets tickets;

    @Test
    void a_ticket_signs_in_once_under_a_new_session_id() throws Exception {
        SignedInAccount account = new SignedInAccount(UUID.randomUUID(), Demo.GRACE_FRONT_DESK, "Grace Turner");
        String path = tickets.issueUnbound(account);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        var result = mvc.perform(get(path).session(session))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(Demo.GRACE_FRONT_DESK))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);

        mvc.perform(get(path)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
    }

    @Test
    void a_ticket_signs_in_only_the_browser_session_that_earned_it() throws Exception {
        SignedInAccount account = new SignedInAccount(UUID.randomUUID(), Demo.GRACE_FRONT_DESK, "Grace Turner");
        MockHttpSession earner = new MockHttpSession();
        MockHttpSession other = new MockHttpSession();
        String path = tickets.issue(account, java.util.List.of("FACTOR_PASSWORD", "FACTOR_TOTP"), earner.getId());

        mvc.perform(get(path).session(other)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
        mvc.perform(get(path)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());

        String again = tickets.issue(account, java.util.List.of("FACTOR_PASSWORD", "FACTOR_TOTP"), earner.getId());
        mvc.perform(get(again).session(earner)).andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(Demo.GRACE_FRONT_DESK));
    }

    @Test
    void a_ticket_opened_from_another_origin_signs_nobody_in_even_with_the_earners_session_cookie() throws Exception {
        SignedInAccount account = new SignedInAccount(UUID.randomUUID(), Demo.GRACE_FRONT_DESK, "Grace Turner");
        MockHttpSession planted = new MockHttpSession();
        String path = tickets.issue(account, java.util.List.of("FACTOR_WEBAUTHN"), planted.getId());

        mvc.perform(get(path).session(planted).header("Sec-Fetch-Site", "same-site"))
                .andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
        String again = tickets.issue(account, java.util.List.of("FACTOR_WEBAUTHN"), planted.getId());
        mvc.perform(get(again).session(planted).header("Referer", "http://localhost:9318/attack"))
                .andExpect(redirectedUrl("/login")).andExpect(unauthenticated());

        String own = tickets.issue(account, java.util.List.of("FACTOR_WEBAUTHN"), planted.getId());
        mvc.perform(get(own).session(planted).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(Demo.GRACE_FRONT_DESK));
    }

    @Test
    void a_newer_ticket_of_the_account_voids_the_older_one() throws Exception {
        SignedInAccount account = new SignedInAccount(UUID.randomUUID(), Demo.GRACE_FRONT_DESK, "Grace Turner");
        String older = tickets.issueUnbound(account);
        String newer = tickets.issueUnbound(account);

        mvc.perform(get(older)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
        mvc.perform(get(newer)).andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(Demo.GRACE_FRONT_DESK));
    }
}
