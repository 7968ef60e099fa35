package app.staffroom.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Vaadin components of one browser found by their label, as a person finds them: fields, checkboxes, selects
 * and buttons. Every lookup waits (up to {@link Browsers#PATIENCE}) for the component to be there.
 */
final class VaadinFields {

    private final WebDriver browser;

    VaadinFields(WebDriver browser) {
        this.browser = browser;
    }

    WebElement button(String text) {
        return Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    /** The text, number, select or other field whose label reads {@code label}. */
    WebElement field(String label) {
        return Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[starts-with(local-name(), 'vaadin-')][label[normalize-space(.)='" + label + "']]")));
    }

    /** What the field shows, as the browser holds it. */
    String value(String label) {
        return input(label).getDomProperty("value");
    }

    /** Replaces what the field holds with {@code text}, then leaves it as a person would, with Tab. */
    void type(String label, String text) {
        WebElement input = Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(input(label)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    WebElement checkbox(String label) {
        return Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-checkbox[label[normalize-space(.)='" + label + "']]")));
    }

    boolean isTicked(String label) {
        return checkbox(label).getDomAttribute("checked") != null;
    }

    /** Ticks an unticked checkbox, and waits until it shows ticked. */
    void tick(String label) {
        WebElement box = checkbox(label);
        box.findElement(By.tagName("input")).click();
        Browsers.wait(browser).until(driver -> box.getDomAttribute("checked") != null);
    }

    /** Opens the select labelled {@code label} and picks {@code item}. */
    void choose(String label, String item) {
        String select = "//vaadin-select[label[normalize-space(.)='" + label + "']]";
        WebElement field = Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(select)));
        // As a person would: the field in the middle of the window, so that its list opens in full view, not under
        // the header or the bottom of a phone's screen.
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        Browsers.awaitStill(browser);
        field.click();
        // The list opens with an animation: an item clicked before it ends may sit under another part of the page.
        Browsers.awaitStill(browser);
        WebElement option = Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                select + "//vaadin-select-item[normalize-space(.)='" + item + "']")));
        try {
            option.click();
        } catch (ElementClickInterceptedException belowTheWindow) {
            // On a phone the list is a sheet that slides up from the window's bottom edge; when its slide starts
            // only after the wait above, the click lands on the page under the moving sheet. A tap on the item
            // itself then picks it, as a person's tap on the sheet once it is in place.
            ((JavascriptExecutor) browser).executeScript("arguments[0].click()", option);
        }
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(select), item));
    }

    /** Scrolls the page so that {@code element} is at the top, for a screenshot of it. */
    void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    private WebElement input(String label) {
        return field(label).findElement(By.cssSelector("input, textarea"));
    }
}
