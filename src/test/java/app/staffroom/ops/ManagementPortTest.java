package app.staffroom.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagementPortTest {

    @Test
    void the_management_port_may_not_be_the_applications() {
        assertThat(ManagementPort.problem("8080", "8080")).hasValueSatisfying(problem ->
                assertThat(problem).contains("STAFFROOM_MANAGEMENT_PORT (8080) is the same as PORT"));
        assertThatThrownBy(() -> new ManagementPort("9000", " 9000 ")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void another_port_or_any_free_port_is_fine() {
        assertThat(ManagementPort.problem("8080", "8081")).isEmpty();
        assertThat(ManagementPort.problem("0", "0")).isEmpty();
        assertThat(ManagementPort.problem("8080", "")).isEmpty();
    }
}
