package app.staffroom.security;

import app.staffroom.security.ui.LoginView;
import app.staffroom.shell.ui.NotFoundView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;

    /**
     * Vaadin's own requests carry Vaadin's CSRF token; every other state-changing request needs Spring
     * Security's, the sign-in post included (Vaadin would exempt it): otherwise a form on another site could
     * sign a visitor's browser in to the attacker's account (login CSRF, OWASP ASVS 4.0.3 V4.2.2). The login
     * form sends the token from the meta tags that Vaadin writes into every page. A sign-in post without a
     * valid token (for example from a page left open past the session) goes back to the sign-in page.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                            @Value("${staffroom.session.max-lifetime:12h}") Duration maxLifetime,
                                            Clock clock, @Value("${staffroom.public-url}") String publicUrl,
                                            ObjectProvider<SessionTracker> sessionTracker, LanguageChoice languages,
                                            ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", SignInTicketController.PATH + "*").permitAll()
                // What a browser fetches for any page, the sign-in page included: icons and the web app manifest.
                .requestMatchers("/favicon.ico", "/favicon.svg", "/manifest.webmanifest", "/icons/*.png").permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterAfter(new SessionLifetimeFilter(maxLifetime, clock, BrowserLanguageTracker.around(
                sessionTracker.getIfAvailable(() -> SessionTracker.NONE), languages),
                contextStrategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), SecurityContextHolderFilter.class);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInOriginFilter(publicUrl), CsrfFilter.class);
        http.addFilterBefore(new SignInInputFilter(), UsernamePasswordAuthenticationFilter.class);
        http.headers(SecurityHeaders::configure);
        http.addFilterBefore(new WebSocketOriginFilter(publicUrl), CsrfFilter.class);
        http.exceptionHandling(exceptions -> exceptions
                .defaultAccessDeniedHandlerFor(
                        (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login?expired"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"))
                // A signed-in person is refused only an address that is no screen (Vaadin denies those): it does not
                // exist for them, and must not send them to the sign-in page as if their session had expired. They
                // read so inside the usual frame, from where they can go on.
                .defaultAccessDeniedHandlerFor(
                        (request, response, denied) -> response.sendRedirect(
                                request.getContextPath() + "/" + NotFoundView.ROUTE),
                        AnyRequestMatcher.INSTANCE));
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)).build();
    }

    /**
     * The actuator endpoints (health, info, prometheus) answer without a session: they are served only on the
     * management port ({@code STAFFROOM_MANAGEMENT_PORT}), which belongs on the operators' network.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
