package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.Goals;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/** A number the field cannot hold, typed in a real browser, is refused on its field and erases nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalInBrowserTest {

    private static final String GOAL = "//vaadin-integer-field[label[normalize-space(.)='Goal: procedures per month']]";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_goal_past_the_whole_number_range_is_refused_and_the_saved_goal_stays() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID provider = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(provider, "Pat P.", "#0F766E", true);
        db.sql("update provider_profile set goal_procedures_per_month = 40 where teammate_id = :t").bind("t", provider)
                .then().block(Duration.ofSeconds(10));
        Browsers.signIn(browser, port, fixtures.email(provider));
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get("http://localhost:" + port + "/profile");

        WebElement input = Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(GOAL + "//input")));
        Browsers.wait(browser).until(driver -> "40".equals(input.getDomProperty("value")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3000000000", Keys.TAB);
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save provider profile']")).click();

        WebElement goal = browser.findElement(By.xpath(GOAL));
        Browsers.wait(browser).until(driver -> goal.getDomAttribute("invalid") != null);
        assertThat(goal.getText()).contains(Goals.countRule());
        Browsers.screenshot(browser, "goal-refused.png");
        assertThat(db.sql("select goal_procedures_per_month from provider_profile where teammate_id = :t")
                .bind("t", provider).map(row -> row.get(0, Integer.class)).one().block(Duration.ofSeconds(10)))
                .as("the saved goal stays").isEqualTo(40);
    }
}
