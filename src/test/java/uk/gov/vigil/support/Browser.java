package uk.gov.vigil.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium from Debian's {@code chromium} package, driven through Debian's {@code chromedriver}, with
 * helpers for accessibility checks (axe-core, fetched into {@code target/axe-core} by the build) and full-page
 * screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final Path AXE = Path.of("target/axe-core/package/axe.min.js");

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("vigil.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("vigil.test.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option with this value in a select box. */
    public Browser select(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /** Waits up to 5 seconds for a script condition to hold. */
    public void await(String javascriptCondition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return Boolean(" + javascriptCondition + ")")));
    }

    /** Presses a key, as a keyboard-only user would, on whatever has the focus. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses Enter on a control that leaves the page, and waits for the next page. */
    public Browser pressEnterToLeave() {
        WebElement page = find("html");
        press(Keys.ENTER);
        waitUntilGone(page);
        return this;
    }

    /** The focused element, described by its id, or failing that its tag and text. */
    public String focused() {
        return (String) script("const e = document.activeElement; return e.id ? '#' + e.id"
                + " : e.tagName.toLowerCase() + ':' + (e.innerText || '').trim();");
    }

    /**
     * Presses Tab until the element matching {@code css} has the focus, and returns what had the focus on the way,
     * in order. Fails if it is not reached within {@code maxTabs} presses.
     */
    public List<String> tabTo(String css, int maxTabs) {
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            press(Keys.TAB);
            visited.add(focused());
            if (Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0])", css))) {
                return visited;
            }
        }
        throw new AssertionError("Tab never reached " + css + "; the focus went through " + visited);
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks a button that submits a form or a link that leaves the page, and waits for the next page. */
    public Browser submit(String css) {
        return leaveBy(find(css));
    }

    /** Follows the link with exactly this text, and waits for the next page. */
    public Browser follow(String linkText) {
        return leaveBy(driver.findElement(By.linkText(linkText)));
    }

    private Browser leaveBy(WebElement control) {
        WebElement page = find("html");
        control.click();
        waitUntilGone(page);
        return this;
    }

    private void waitUntilGone(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public String text() {
        return find("body").getText();
    }

    /** The WCAG 2.2 A and AA violations axe-core finds on the current page, as "rule: target" lines. */
    public List<String> accessibilityViolations() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(AXE));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa']}}).then(r => done(JSON.stringify(r.violations)));");
        JsonNode violations = JsonMapper.builder().build().readTree(result.toString());
        List<String> found = new java.util.ArrayList<>();
        for (JsonNode v : violations) {
            for (JsonNode node : v.get("nodes")) {
                found.add(v.get("id").asString() + ": " + node.get("target").toString());
            }
        }
        return found;
    }

    /** Saves the whole page, not just the window, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, Math.max(900, height.intValue())));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return target;
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
