package app.staffroom.team.ui;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The provider filter's choices: everyone, providers only, or everyone else. */
enum ProviderChoice {
    ANYONE("Providers and staff", null),
    PROVIDERS("Providers only", Boolean.TRUE),
    STAFF("Non-providers only", Boolean.FALSE);

    private final String label;
    private final @Nullable Boolean value;

    ProviderChoice(String label, @Nullable Boolean value) {
        this.label = label;
        this.value = value;
    }

    String label() {
        return label;
    }

    /** What the filter asks of "works as provider": true, false, or null for either. */
    @Nullable Boolean value() {
        return value;
    }

    static ProviderChoice of(@Nullable Boolean value) {
        for (ProviderChoice choice : values()) {
            if (Objects.equals(choice.value, value)) {
                return choice;
            }
        }
        return ANYONE;
    }
}
