package app.staffroom.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.Goals;
import app.staffroom.profile.ProfileService;
import app.staffroom.security.Accounts;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Demo;
import app.staffroom.testing.UploadRequests;
import app.staffroom.testing.Mailbox;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** A teammate keeps their own profile: each field's rules, the email and password flows, the photo checks. */
class MyProfileViewTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    /** A lossless 1 × 1 WebP image. */
    private static final String ONE_PIXEL_WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";
    private static final Pattern EMAIL_LINK = Pattern.compile("/profile/email/([A-Za-z0-9_-]+)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    @Autowired
    Accounts accounts;

    @Autowired
    ProfileService profiles;

    private Clinic clinic;
    private UUID me;

    @BeforeEach
    void signInToMyProfile() {
        clinic = fixtures.newClinic();
        me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(me));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("First name")).stream()
                .anyMatch(field -> !field.getValue().isEmpty()));
    }

    @Test
    void a_bad_phone_number_is_shown_at_its_field_and_nothing_is_saved_then_a_good_one_is_stored_as_e164_and_audited() {
        _setValue(field(TextField.class, "First name"), "Patricia");
        _setValue(field(TextField.class, "Phone 1"), "12");
        _click(button("Save name and phones"));
        awaitUi(() -> field(TextField.class, "Phone 1").isInvalid());
        assertThat(field(TextField.class, "Phone 1").getErrorMessage()).isEqualTo("'12' is not a valid phone number in United States; a number from another country starts with + and its country code.");
        assertThat(account("first_name")).isEqualTo("Pat");

        _setValue(field(TextField.class, "Phone 1"), "(415) 555-0123");
        _setValue(field(TextField.class, "Last name"), "");
        _click(button("Save name and phones"));
        awaitUi(() -> field(TextField.class, "Last name").isInvalid());
        assertThat(field(TextField.class, "Last name").getErrorMessage()).isEqualTo("Enter the last name.");

        _setValue(field(TextField.class, "Last name"), "Okafor");
        _click(button("Save name and phones"));
        awaitUi(() -> "Patricia".equals(account("first_name")) && field(TextField.class, "Phone 1").getValue().equals("+1 415-555-0123"));
        assertThat(fixtures.teammateColumn(me, "phones")).isEqualTo("{+14155550123}");
        assertThat(account("last_name")).isEqualTo("Okafor");
        // The audit event is written after the change it records; the screen may show the change first.
        awaitUi(() -> latestAudit("PROFILE_UPDATED").contains("\"first name\": \"Patricia\""));
        assertThat(latestAudit("PROFILE_UPDATED")).contains("\"first name\": \"Pat\"").contains("\"first name\": \"Patricia\"")
                .contains("+1 415-555-0123");
        awaitUi(() -> _find(Span.class, spec -> spec.withClasses("app-person")).getFirst().getText().equals("Patricia Okafor"));
    }

    @Test
    void an_email_change_waits_for_the_new_address_to_confirm_and_the_old_address_is_told() {
        String oldEmail = fixtures.email(me);
        String newEmail = Mailbox.uniqueEmail();
        _setValue(field(TextField.class, "Email"), "not an address");
        _click(button("Send confirmation link"));
        assertThat(field(TextField.class, "Email").getErrorMessage()).startsWith("Enter a valid email address");

        _setValue(field(TextField.class, "Email"), newEmail);
        _setValue(field(PasswordField.class, "Your current password"), Demo.PASSWORD);
        _click(button("Send confirmation link"));
        awaitUi(() -> _find(Paragraph.class).stream().filter(paragraph -> paragraph.getText().matches(
                Pattern.quote("Waiting for confirmation from " + newEmail + " (the link works until ") + ".+ UTC"
                        + Pattern.quote("). Until then " + oldEmail + " stays in use."))).count() == 1);
        assertThat(account("email")).as("the old address stays until the new one confirms").isEqualTo(oldEmail);
        assertThat(mailbox.latestTo(oldEmail)).contains("asked to change your Staffroom email address to " + newEmail);
        Matcher link = EMAIL_LINK.matcher(mailbox.latestTo(newEmail));
        assertThat(link.find()).isTrue();

        UI.getCurrent().navigate("profile/email/" + link.group(1));
        assertThat(account("email")).as("opening the link alone changes nothing").isEqualTo(oldEmail);
        _click(button("Confirm my new email address"));
        awaitUi(() -> newEmail.equals(account("email")));
        // The database has the new address before the page has its answer.
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withText("Done: you sign in with " + newEmail + " from now on."))
                .size() == 1);
        assertThat(latestAudit("EMAIL_CHANGED")).contains(oldEmail, newEmail);

        UI.getCurrent().navigate(MyProfileView.class);
        UI.getCurrent().navigate("profile/email/" + link.group(1));
        _click(button("Confirm my new email address"));
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withText("This link was already used: your email is "
                + newEmail + ".")).isEmpty());
    }

    @Test
    void a_password_change_needs_the_current_password_and_keeps_this_session_only() {
        _setValue(field(PasswordField.class, "Current password"), "not my password");
        _setValue(field(PasswordField.class, "New password"), "copper kettle meadow 42");
        _click(button("Change password"));
        awaitUi(() -> field(PasswordField.class, "Current password").isInvalid());
        assertThat(field(PasswordField.class, "Current password").getErrorMessage()).isEqualTo("Your current password is not right.");
        assertThat(field(PasswordField.class, "New password").isInvalid()).as("the problem is on the current password").isFalse();

        _setValue(field(PasswordField.class, "Current password"), "harbour-demo-2026");
        _setValue(field(PasswordField.class, "New password"), "short");
        _click(button("Change password"));
        awaitUi(() -> field(PasswordField.class, "New password").getErrorMessage() != null
                && field(PasswordField.class, "New password").getErrorMessage().contains("12"));

        _setValue(field(PasswordField.class, "Current password"), "harbour-demo-2026");
        _setValue(field(PasswordField.class, "New password"), "copper kettle meadow 42");
        _click(button("Change password"));
        awaitUi(() -> NotificationsKt.getNotifications().stream()
                .anyMatch(notification -> notification.getElement().getProperty("text", "").startsWith("Your password was changed. Your other")));
        assertThat(accounts.passwordMatches(fixtures.actor(me).accountId(), "copper kettle meadow 42").block(LIMIT)).isTrue();
        assertThat(latestAudit("PASSWORD_CHANGED")).isNotNull();
        assertThat(context.getBean(CurrentActor.class).passwordChangedSinceSignIn().block(LIMIT))
                .as("the session that changed the password stays signed in").isFalse();
        assertThat(MockSessions.revoked()).isFalse();
    }

    @Test
    void a_password_changed_in_another_session_signs_this_one_out_at_once() {
        profiles.changePassword(fixtures.actor(me), "harbour-demo-2026", "copper kettle meadow 42", Instant.now())
                .block(LIMIT);

        awaitUi(() -> NotificationsKt.getNotifications().stream().anyMatch(notification ->
                notification.getElement().getProperty("text", "").equals("Your password was changed. Sign in again with the new one.")));
        assertThat(MockSessions.revoked()).isTrue();
        assertThat(context.getBean(CurrentActor.class).passwordChangedSinceSignIn().block(LIMIT)).isTrue();
    }

    @Test
    void role_locations_and_supervision_are_shown_as_text_not_as_fields() {
        assertThat(_find(Span.class, spec -> spec.withText("Front Desk"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("Main Street"))).hasSize(1);
        for (String adminField : List.of("Role", "Locations", "Location access", "Supervising Medical Director")) {
            assertThat(_find(TextField.class, spec -> spec.withLabel(adminField))).as(adminField).isEmpty();
            assertThat(_find(Select.class, spec -> spec.withLabel(adminField))).as(adminField).isEmpty();
        }
    }

    @Test
    void a_photo_is_checked_by_content_cleaned_resized_and_removable() throws IOException {
        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "notes.png", "image/png", "just some text, not an image".getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> photoProblemSays(ProfileService.PHOTO_NOT_AN_IMAGE.english()));

        UploadKt._upload(upload, "huge.png", "image/png", noisePng(1500, 1300));
        awaitUi(() -> photoProblemSays(ProfileService.PHOTO_TOO_LARGE.english()));

        UploadKt._upload(upload, "bomb.png", "image/png", decompressionBomb());
        awaitUi(() -> photoProblemSays("The photo is 60000 × 60000 pixels; photos may have at most 40 megapixels."));
        assertThat(fixtures.teammateColumn(me, "photo")).isEqualTo("null");

        UploadKt._upload(upload, "me.png", "image/png", noisePng(1200, 600));
        awaitUi(() -> !"null".equals(fixtures.teammateColumn(me, "photo")));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(storedPhoto()));
        assertThat(stored.getWidth()).isEqualTo(512);
        assertThat(stored.getHeight()).isEqualTo(256);
        assertThat(latestAudit("PHOTO_CHANGED")).contains("new photo");
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        assertThat(context.getBean(TeammateService.class).details(fixtures.actor(admin), me).block(LIMIT).photoVersion())
                .as("administrators see the photo in the teammate's drawer").isNotNull();
        TeammateService teammates = context.getBean(TeammateService.class);
        assertThat(teammates.photo(fixtures.actor(admin), me).block(LIMIT)).as("and in the team list").isEqualTo(storedPhoto());
        Clinic elsewhere = fixtures.newClinic();
        UUID strangerAdmin = fixtures.addTeammate(elsewhere, elsewhere.adminRole(), TeammateStatus.ACTIVE);
        assertThatThrownBy(() -> teammates.photo(fixtures.actor(strangerAdmin), me).block(LIMIT))
                .as("never to another practice").isNotNull();

        UploadKt._upload(upload, "tiny.webp", "image/webp", Base64.getDecoder().decode(ONE_PIXEL_WEBP));
        awaitUi(() -> ImageIO.read(new ByteArrayInputStream(storedPhoto())).getWidth() == 1);

        awaitUi(() -> button("Remove photo").isVisible());
        _click(button("Remove photo"));
        awaitUi(() -> "null".equals(fixtures.teammateColumn(me, "photo")));
    }

    @Test
    void a_file_the_browser_turns_down_is_refused_at_the_field_with_the_limit_and_the_accepted_types() {
        Upload upload = _get(Upload.class);
        assertThat(upload.getAcceptedFileTypes()).contains("image/jpeg", "image/png", "image/webp", ".jpg", ".png", ".webp");
        assertThat(upload.getMaxFileSize()).isEqualTo(ProfileService.PHOTO_MAX_BYTES);

        // What the browser sends when it turns a file down: its message for the reason, from the field's own texts.
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, upload.getI18n().getError().getFileIsTooBig(), "holiday.jpg"));
        assertThat(photoProblem()).isEqualTo("The photo is larger than 5 MB. Choose a JPEG, PNG or WebP image of at most 5 MB.");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, upload.getI18n().getError().getIncorrectFileType(), "me.gif"));
        assertThat(photoProblem())
                .isEqualTo("That file is not a JPEG, PNG or WebP image. Choose a JPEG, PNG or WebP image of at most 5 MB.");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "<b>anything a client says</b>", "me.gif"));
        assertThat(photoProblem()).as("the browser's words are never shown").isEqualTo(ProfileService.PHOTO_NOT_AN_IMAGE.english());
        assertThat(fixtures.teammateColumn(me, "photo")).isEqualTo("null");
    }

    @Test
    void a_20_mb_body_posted_straight_to_the_photo_upload_is_refused_after_reading_at_most_the_limit_and_one_byte()
            throws IOException {
        UploadRequests.Posted raw = UploadRequests.post(_get(Upload.class), 20L * 1024 * 1024, false, "image/png");

        assertThat(raw.bytesRead()).isLessThanOrEqualTo(ProfileService.PHOTO_MAX_BYTES + 1L);
        assertThat(raw.status()).isEqualTo(422);
        awaitUi(() -> photoProblemSays(ProfileService.PHOTO_TOO_LARGE.english()));

        UploadRequests.Posted declared = UploadRequests.post(_get(Upload.class), 20L * 1024 * 1024, true, "image/png");
        assertThat(declared.bytesRead()).as("a declared length over the limit is refused unread").isZero();
        assertThat(fixtures.teammateColumn(me, "photo")).isEqualTo("null");
    }

    @Test
    void a_goal_the_field_cannot_read_is_refused_on_its_field_not_saved_as_no_goal() {
        fixtures.makeProvider(me, "Pat P.", "#0F766E", false);
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("Display name")).stream()
                .anyMatch(field -> field.getValue().equals("Pat P.")));
        _setValue(field(IntegerField.class, "Goal: procedures per month"), 40);
        _click(button("Save provider profile"));
        awaitUi(() -> "40".equals(goalPerMonth()));

        // What the browser reports for "3000000000", which no whole-number field holds: the text it shows,
        // and a change the server cannot read as a number.
        IntegerField goal = field(IntegerField.class, "Goal: procedures per month");
        goal.getElement().setProperty("value", "3000000000");
        assertThat(goal.getValue()).as("no whole number the field can hold").isNull();
        _click(button("Save provider profile"));

        assertThat(goal.isInvalid()).isTrue();
        assertThat(goal.getErrorMessage()).isEqualTo(Goals.countRule());
        assertThat(goalPerMonth()).as("the goal is kept, not erased").isEqualTo("40");
    }

    private String goalPerMonth() {
        return db.sql("select goal_procedures_per_month::text from provider_profile where teammate_id = :t")
                .bind("t", me).map(row -> String.valueOf(row.get(0, String.class))).one().block(LIMIT);
    }

    @Test
    void provider_fields_are_validated_saved_and_a_colour_close_to_a_colleagues_is_warned_about() {
        fixtures.makeProvider(me, "Pat P.", "#0F766E", false);
        UUID colleague = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.makeProvider(colleague, "Dr. Reed", "#D03030", true);
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("Display name")).stream()
                .anyMatch(field -> field.getValue().equals("Pat P.")));

        _setValue(field(TextField.class, "NPI"), "1234567890");
        _setValue(field(TextField.class, "Taxonomy code"), "12345");
        _setValue(field(TextField.class, "Appointment colour"), "red");
        _setValue(field(IntegerField.class, "Capacity"), 25);
        _setValue(field(IntegerField.class, "Scheduling step (minutes)"), 7);
        _setValue(field(TextArea.class, "Bio (shown to patients as plain text)"), "x".repeat(1001));
        _setValue(field(TextField.class, "Display name"), "D".repeat(121));
        _setValue(field(IntegerField.class, "Goal: procedures per week"), -3);
        _click(button("Save provider profile"));
        assertThat(field(TextField.class, "Display name").getErrorMessage()).isEqualTo("At most 120 characters (121 now).");
        assertThat(field(IntegerField.class, "Goal: procedures per week").getErrorMessage())
                .isEqualTo("A whole number between 0 and 100,000.");
        for (String label : List.of("NPI", "Taxonomy code", "Appointment colour")) {
            assertThat(field(TextField.class, label).isInvalid()).as(label).isTrue();
        }
        assertThat(field(IntegerField.class, "Capacity").getErrorMessage()).isEqualTo("Between 1 and 20 appointments at once.");
        assertThat(field(IntegerField.class, "Scheduling step (minutes)").getErrorMessage()).isEqualTo("Between 5 and 60 minutes, in steps of 5.");
        assertThat(field(TextArea.class, "Bio (shown to patients as plain text)").getErrorMessage())
                .isEqualTo("At most 1,000 characters (1,001 now).");
        assertThat(providerColumn("display_title")).isEqualTo("Nurse injector");

        _setValue(field(TextField.class, "NPI"), "1234567893");
        _setValue(field(TextField.class, "Taxonomy code"), "363lf0000x");
        _setValue(field(TextField.class, "Appointment colour"), "#D43535");
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withText("Hard to tell apart in the calendar from Dr. Reed (#D03030)."
                + " You can keep it, or choose a more distinct colour.")).isEmpty());
        _setValue(field(IntegerField.class, "Capacity"), 2);
        _setValue(field(IntegerField.class, "Scheduling step (minutes)"), 20);
        _setValue(field(TextArea.class, "Bio (shown to patients as plain text)"), "Gentle hands. <script>alert(1)</script>");
        _setValue(field(TextField.class, "Display title"), "Aesthetic nurse");
        _setValue(field(TextField.class, "Display name"), "Pat Person, RN");
        _setValue(field(IntegerField.class, "Goal: procedures per week"), 12);
        _setValue(field(IntegerField.class, "Goal: procedures per month"), 48);
        _setValue(field(BigDecimalField.class, "Goal: sales per month"), new BigDecimal("12500.50"));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Available for smart booking")), true);
        _click(button("Save provider profile"));
        awaitUi(() -> "Aesthetic nurse".equals(providerColumn("display_title")));
        assertThat(providerColumn("npi")).isEqualTo("1234567893");
        assertThat(providerColumn("taxonomy_code")).isEqualTo("363LF0000X");
        assertThat(providerColumn("appointment_colour")).isEqualTo("#D43535");
        assertThat(providerColumn("capacity")).isEqualTo("2");
        assertThat(providerColumn("scheduling_step_minutes")).isEqualTo("20");
        assertThat(providerColumn("display_name")).isEqualTo("Pat Person, RN");
        assertThat(providerColumn("goal_procedures_per_week")).isEqualTo("12");
        assertThat(providerColumn("goal_procedures_per_month")).isEqualTo("48");
        assertThat(providerColumn("goal_sales_per_month")).isEqualTo("12500.50");
        assertThat(providerColumn("available_for_smart_booking")).isEqualTo("true");
        assertThat(providerColumn("bio")).isEqualTo("Gentle hands. <script>alert(1)</script>");
        assertThat(latestAudit("PROVIDER_PROFILE_UPDATED")).contains("Nurse injector", "Aesthetic nurse");
    }

    private String photoProblem() {
        // Found only while it is shown.
        return _find(Paragraph.class, spec -> spec.withId("photo-problem")).stream().map(Paragraph::getText)
                .findFirst().orElse("");
    }

    private boolean photoProblemSays(String text) {
        return photoProblem().equals(text);
    }

    private boolean notificationSays(String text) {
        return NotificationsKt.getNotifications().stream().anyMatch(notification -> notification.getElement().getProperty("text", "").equals(text));
    }

    private String account(String column) {
        return db.sql("select a." + column + " from account a join teammate t on t.account_id = a.id where t.id = :t")
                .bind("t", me).map(row -> row.get(0, String.class)).one().block(LIMIT);
    }

    private String providerColumn(String column) {
        return db.sql("select " + column + "::text from provider_profile where teammate_id = :t")
                .bind("t", me).map(row -> row.get(0, String.class)).one().block(LIMIT);
    }

    private byte[] storedPhoto() {
        return db.sql("select photo from teammate where id = :t").bind("t", me).map(row -> row.get(0, byte[].class)).one()
                .block(LIMIT);
    }

    private String latestAudit(String action) {
        return db.sql("select coalesce(before_values::text, '') || ' ' || coalesce(after_values::text, '') from audit_event where target_id = :t and action = :action"
                        + " order by occurred_at desc limit 1")
                .bind("t", me).bind("action", action).map(row -> row.get(0, String.class)).one().block(LIMIT);
    }

    private static <T extends com.vaadin.flow.component.Component & HasValidation> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    /** A PNG of random pixels: it hardly compresses, so its size follows its dimensions. */
    private static byte[] noisePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A small, valid PNG whose header says 60,000 × 60,000 pixels: decoded, it would need gigabytes. */
    private static byte[] decompressionBomb() throws IOException {
        int side = 60_000;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] rows = new byte[(side + 1) * 200];
        deflater.setInput(rows);
        deflater.finish();
        byte[] buffer = new byte[rows.length];
        int length = deflater.deflate(buffer);
        chunk(png, "IDAT", java.util.Arrays.copyOf(buffer, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typeBytes);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Whether the current session was told to end at its next request. */
    private static final class MockSessions {
        static Boolean revoked() {
            Object revoked = UI.getCurrent().getSession().getSession()
                    .getAttribute("app.staffroom.security.SessionLifetimeFilter.revoked");
            return revoked == null ? Boolean.FALSE : (Boolean) revoked;
        }
    }
}
