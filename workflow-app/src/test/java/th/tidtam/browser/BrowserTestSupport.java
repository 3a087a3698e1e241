package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import th.tidtam.support.TestLogins;

/**
 * Base of the browser tests: one Playwright and one headless Debian Chromium per test class, a fresh
 * {@link BrowserContext} (cookies, session) per test. Subclasses carry {@code @IntegrationTest} themselves, so that
 * they share the suite's one Spring context. Nothing is downloaded: the system Chromium is used.
 */
abstract class BrowserTestSupport {

    /** The language a test wants the screens in. */
    enum Lang {
        THAI("ภาษาไทย", "English"), ENGLISH("English", "ภาษาไทย");

        /** The label of the language switch while this language is shown (it offers the other one). */
        final String switchLabel;

        Lang(String ignored, String switchLabel) {
            this.switchLabel = switchLabel;
        }
    }

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final double TIMEOUT_MS = 30_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        // the machine is slow and shared: web-first assertions wait up to 10 s instead of 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900)
                .setLocale("th-TH")
                .setTimezoneId("Asia/Bangkok"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS * 2);
        page = context.newPage();
        log("new page ready");
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * A pattern that matches exactly this text (give or take the whitespace of web components' shadow DOM). (Pattern.quote's \\Q…\\E does not survive the translation of Java
     * patterns to JavaScript regular expressions in Playwright, so characters are escaped one by one.)
     */
    static java.util.regex.Pattern exactly(String text) {
        return java.util.regex.Pattern.compile("^\\s*" + escape(text) + "\\s*$");
    }

    static String escape(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }

    static void log(String message) {
        System.out.println("[browser-test " + java.time.LocalTime.now() + "] " + message);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a route of the application and waits until Vaadin has rendered it. */
    void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /**
     * Waits until every Vaadin Flow client on the page has finished its round trips (no request in flight, no
     * pending server response), i.e. what the loading indicator shows.
     */
    /**
     * Types into My work's search box and waits for the filtered grid: the box sends its value only after a pause
     * (lazy mode), so waiting for Vaadin at once would see the unfiltered grid. Count rows with
     * {@code vaadin-grid-cell-content:visible}: a row the filter removed keeps its old cells, hidden.
     */
    void searchMyWork(String text) {
        page.getByTestId("work-search").locator("input").fill(text);
        page.waitForTimeout(700);
        waitForVaadin();
    }

    void waitForVaadin() {
        page.waitForFunction("""
                () => {
                  const flow = window.Vaadin && window.Vaadin.Flow;
                  if (!flow || !flow.clients) { return false; }
                  const clients = Object.values(flow.clients);
                  return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
                }""", null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    /** Logs in through the Vaadin login form and returns when the application shell is shown in the given language. */
    void loginAs(String username, Lang lang) {
        loginWithoutChoosingLanguage(username);
        if (!shownLanguage().equals(lang)) {
            switchLanguage();
            org.assertj.core.api.Assertions.assertThat(shownLanguage()).isEqualTo(lang);
        }
    }

    /** Logs in and leaves the screens in whatever language the user chose last. */
    void loginWithoutChoosingLanguage(String username) {
        log("login as " + username);
        boolean administrator = TestLogins.mustUseASecondFactor(username);
        if (administrator) {
            // enrolled before the password is sent, or the login would lead to the enrolment screen
            TestLogins.enrolled(username);
        }
        open("login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']").first()
                .click();
        if (administrator) {
            answerSecondFactor(TestLogins.nextAdminCode());
        }
        waitForShell();
        // the header names the person; their login is kept in an attribute
        assertThat(page.getByTestId("current-user")).hasAttribute("data-username", username);
    }

    /** The login's second step (issue 16): the administrator's authenticator code, computed from the known secret. */
    void answerSecondFactor(String code) {
        page.locator("#second-factor-code input").fill(code);
        page.locator("#second-factor-submit").click();
    }

    void waitForShell() {
        page.locator("vaadin-app-layout").waitFor();
        waitForVaadin();
    }

    /**
     * The visible text of a web component, once the page has settled. (Playwright's hasText also reads the
     * component's shadow DOM, so exact matches on Vaadin components fail.)
     */
    String visibleText(Locator locator) {
        waitForVaadin();
        return locator.innerText().trim();
    }

    /** The language the shell is shown in, read from the language switch (which offers the other language). */
    Lang shownLanguage() {
        String label = page.getByTestId("switch-language").innerText().trim();
        return label.equals(Lang.THAI.switchLabel) ? Lang.THAI : Lang.ENGLISH;
    }

    /** Clicks the language switch; the page reloads in the other language. */
    void switchLanguage() {
        log("switch language");
        Lang before = shownLanguage();
        page.waitForNavigation(() -> page.getByTestId("switch-language").click());
        waitForShell();
        Lang expected = before == Lang.THAI ? Lang.ENGLISH : Lang.THAI;
        org.assertj.core.api.Assertions.assertThat(shownLanguage()).as("language after the switch").isEqualTo(expected);
    }

    void logout() {
        log("logout");
        page.waitForNavigation(() -> page.getByTestId("logout").click());
        page.locator("vaadin-login-form").waitFor();
        waitForVaadin();
    }

    /** The data-testid of every navigation entry shown, in order. */
    List<String> navigationEntries() {
        Locator items = page.getByTestId("navigation").locator("vaadin-side-nav-item");
        return items.all().stream().map(i -> i.getAttribute("data-testid")).toList();
    }

    /** Saves a full-page screenshot to target/screenshots/&lt;name&gt;.png and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        log("screenshot " + file);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
