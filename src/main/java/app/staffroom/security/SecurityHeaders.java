package app.staffroom.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer (OWASP Secure Headers Project; ASVS 5.0 V3.4): a Content-Security-Policy,
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, a Permissions-Policy, the referrer
 * policy, {@code Cache-Control: no-store} (Spring Security's default, kept wherever the answer sets no caching of
 * its own, so every page with personal data) and, over HTTPS only, Strict-Transport-Security (RFC 6797).
 */
final class SecurityHeaders {

    /**
     * As strict as Vaadin Flow allows: only this origin, nothing framed, no plugins, no foreign forms or base
     * address. Vaadin's bootstrap page starts its client engine with an inline script and runs the JavaScript
     * the server sends by constructing functions, so scripts need 'unsafe-inline' and 'unsafe-eval', and its
     * components set inline styles ('unsafe-inline' for styles); data: images are the photos' previews.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** No page of Staffroom uses the camera, microphone, location, payment or device sensors. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";

    /** One year, as OWASP's HSTS cheat sheet recommends. */
    static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    /**
     * Pages whose address holds a secret token (an invitation, an email confirmation, a password reset, the
     * first-run setup): their address must not travel to another site, nor even this one, as a Referer.
     */
    static final RequestMatcher TOKEN_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/invitation/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/profile/email/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/reset-password"),
            PathPatternRequestMatcher.withDefaults().matcher("/reset-password/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/setup"));

    private SecurityHeaders() {
    }

    /**
     * Written before the request is handled rather than when the answer is committed: Vaadin's pages are
     * forwarded to its servlet, whose answer would otherwise leave without them.
     */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(TOKEN_PAGES,
                        new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(TOKEN_PAGES),
                        new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
