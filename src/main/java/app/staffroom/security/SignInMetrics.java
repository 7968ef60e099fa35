package app.staffroom.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code staffroom.signins} (counter), tags {@code outcome} = {@code success} | {@code failure} and {@code step}
 * = {@code password} | {@code second_factor} | {@code passkey}. A success is a finished sign-in, counted at the
 * step that finished it (a right password followed by a second step counts only when that step is done); a
 * failure is one refused attempt at that step.
 */
@Component
public class SignInMetrics {

    /** The step of a sign-in an attempt was made at. */
    public enum Step { PASSWORD, SECOND_FACTOR, PASSKEY }

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Step step : Step.values()) {
            counter(step, true);
            counter(step, false);
        }
    }

    /** A sign-in finished at {@code step}. */
    public void finished(Step step) {
        counter(step, true).increment();
    }

    /** An attempt at {@code step} was refused. */
    public void refused(Step step) {
        counter(step, false).increment();
    }

    private Counter counter(Step step, boolean success) {
        return Counter.builder("staffroom.signins").tag("step", step.name().toLowerCase(java.util.Locale.ROOT))
                .tag("outcome", success ? "success" : "failure")
                .description("Finished sign-ins and refused sign-in attempts").register(registry);
    }
}
