package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Setup settings that will not be used are said in the log, not dropped without a word. */
@ExtendWith(OutputCaptureExtension.class)
class IgnoredSetupSettingsTest {

    @Test
    void settings_without_the_practices_name_are_said_to_be_ignored(CapturedOutput console) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("staffroom.setup.country", "AU")
                .withProperty("staffroom.setup.owner-email", "anna@clinic.example");

        new HeadlessSetup(environment, null, null, null, null, null).warnAboutIgnoredSettings();

        assertThat(console.getOut())
                .contains("STAFFROOM_SETUP_COUNTRY (staffroom.setup.country) is ignored because STAFFROOM_SETUP_PRACTICE_NAME is not set")
                .contains("STAFFROOM_SETUP_OWNER_EMAIL (staffroom.setup.owner-email) is ignored");
    }

    @Test
    void a_complete_set_of_settings_is_not_called_ignored(CapturedOutput console) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("staffroom.setup.practice-name", "Test Practice")
                .withProperty("staffroom.setup.country", "AU");

        new HeadlessSetup(environment, null, null, null, null, null).warnAboutIgnoredSettings();

        assertThat(console.getOut()).doesNotContain("is ignored because");
    }
}
