package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The texts Vaadin's own components would otherwise show in English: upload fields and the password's eye button. */
class VaadinTextsTest {

    @BeforeEach
    void screen() {
        new Translations(); // as in the application: texts speak the screen's language
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void an_upload_field_speaks_french_on_a_french_screen() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        Upload upload = new CappedUpload(1024, "Trop grand.", bytes -> { }, refused -> { }).field("Mauvais type.", List.of(".png"));
        UploadI18N i18n = upload.getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Envoyer un fichier…");
        assertThat(i18n.getFile().getRemove()).isEqualTo("Retirer");
        assertThat(i18n.getUploading().getStatus().getConnecting()).isEqualTo("Connexion…");
        assertThat(i18n.getUploading().getError().getFileTooLarge()).isEqualTo("Trop grand.");
        assertThat(i18n.getUnits().getSize()).startsWith("o", "ko", "Mo");
    }

    @Test
    void the_password_fields_eye_button_is_named_in_the_screens_language() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        PasswordField french = PasswordFields.labelled("Mot de passe");
        assertThat(french.getElement().getPropertyRaw("i18n").toString()).contains("Afficher le mot de passe");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(PasswordFields.labelled("Password").getElement().getPropertyRaw("i18n").toString()).contains("Show password");
    }
}
