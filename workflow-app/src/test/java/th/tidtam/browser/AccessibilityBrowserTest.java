package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Accessibility (Thai government web standards follow WCAG): every screen of every role's navigation drawer, the
 * login page, a task and a directive pass axe-core (from the npm registry, src/test/a11y) with no serious or
 * critical finding; and the main journey — log in, My work, open a task, acknowledge — works by keyboard alone.
 * Each finding is printed as rule, element and help, all of a role's screens before the test fails.
 */
@IntegrationTest
@Tag("a11y")
class AccessibilityBrowserTest extends BrowserTestSupport {

    /** Installed by {@code npm ci} in the Maven build (generate-test-resources); {@code -Da11y.skip} leaves it out. */
    static final Path AXE = Paths.get("src", "test", "a11y", "node_modules", "axe-core", "axe.min.js");

    /** The findings that fail the test; moderate and minor ones are printed only. */
    static final List<String> FAILING = List.of("serious", "critical");

    /**
     * Screens whose content is the same for every role are checked once, by the first role whose drawer shows them (the
     * test stays within a few minutes); the home page and My work show each person's own positions, alerts and work.
     */
    static final Set<String> PERSONAL = Set.of("", "work");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    @Autowired
    DirectiveFixtures directives;
    @Autowired
    OrgDirectory directory;
    @Autowired
    OrgAdministration administration;

    @BeforeEach
    void injectAxe() {
        org.assertj.core.api.Assertions.assertThat(AXE).as("axe-core installed by npm ci in the build").isRegularFile();
        // an init script runs before the page's own scripts and is not subject to its content security policy
        context.addInitScript(AXE);
    }

    /** The suite shares one database: the governor leaves this class with Thai as their language, even after a failure. */
    @AfterEach
    void backToThai() {
        directory.person("governor").ifPresent(p -> administration.setPreferredLocale(p.id(), "th"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "governor", "vicegovernor1", "head", "director.admin", "staff", "secretary", "agency.health",
            "district.banpho", "admin" })
    void everyScreenInTheDrawerOfEachRoleHasNoSeriousOrCriticalAxeFinding(String username) {
        long started = System.nanoTime();
        List<String> findings = new ArrayList<>();
        if (username.equals("governor")) {
            open("login");
            findings.addAll(axe("login"));
        }
        loginAs(username, Lang.THAI);
        assertThat(page.evaluate("() => document.documentElement.lang")).as("language of the page").isEqualTo("th");
        Locator items = page.getByTestId("navigation").locator("vaadin-side-nav-item");
        List<String> paths = items.all().stream().map(i -> i.getAttribute("path")).toList();
        assertThat(paths).isNotEmpty();
        int checked = 0;
        for (String path : paths) {
            if (PERSONAL.contains(path) || CHECKED.add(path)) {
                visitThroughTheDrawer(path);
                findings.addAll(axe(username + " /" + path));
                checked++;
            }
        }
        if (username.equals("governor")) {
            // the page's language follows the person's choice, not the browser's (which stays Thai here)
            switchLanguage();
            assertThat(page.evaluate("() => document.documentElement.lang")).as("language of the page").isEqualTo("en");
            findings.addAll(axe(username + " " + page.url().substring(url("").length() - 1) + " in English"));
            switchLanguage();
        }
        log(username + ": " + checked + " of " + paths.size() + " screens in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(findings).as("serious or critical axe findings of " + username).isEmpty();
    }

    @Test
    void anAgencyHeadAcknowledgesAPartByKeyboardAloneAndTheTaskAndDirectivePassAxe() {
        String suffix = "A11Y" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "ทดสอบการเข้าถึง " + suffix;
        directives.issueScreened(DirectiveFixtures.Draft.of(subject, directives.unitOf("AG-12-HEAD")));
        List<String> findings = new ArrayList<>();

        // log in: the user name field has the focus, Tab to the password, Enter submits
        open("login");
        page.locator("vaadin-login-form input[name='username']").waitFor();
        assertThat(focusedElement()).as("focus on the login page").contains("username");
        page.keyboard().type("agency.health");
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        waitForShell();
        assertThat(page.getByTestId("current-user")).hasAttribute("data-username", "agency.health");

        // My work from the drawer, by Tab and Enter
        tabUntil("[data-testid='nav-work']", 30);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/work$"));
        waitForVaadin();

        // search for the directive, then into the grid and open its row with Enter
        // the alerts panel comes first, one or two stops per alert: how many the agency head has depends on what the
        // suite ran before (40 presses were too few in a full run), so the budget is generous; tabUntil stops on arrival
        tabUntil("[data-testid='work-search']", 120);
        page.keyboard().type(suffix);
        waitForVaadin();
        page.waitForTimeout(600);
        waitForVaadin();
        Locator grid = page.getByTestId("my-work");
        assertThat(grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(subject))).hasCount(1);
        // Tab reaches the grid's header, Tab again its first row (on the tick box for bulk decisions); Enter opens the row
        tabUntil("[data-testid='my-work']", 20);
        page.keyboard().press("Tab");
        assertThat(focusedElement()).as("focus in the grid's first row").contains("body-cell").contains("first-row-cell");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/work/[^/]+$"));
        waitForVaadin();
        assertThat(page.locator("vaadin-app-layout")).containsText(subject);
        findings.addAll(axe("agency.health task page"));
        screenshot("a11y-keyboard-task");

        // acknowledge: Tab to the button, Space presses it; the directive page follows
        tabUntil("[data-testid='task-acknowledge']", 100);
        page.keyboard().press("Space");
        page.waitForURL(Pattern.compile(".*/directives/\\d+$"));
        waitForVaadin();
        assertThat(page.getByTestId("directive-heading")).containsText(subject);
        assertThat(page.getByTestId("directive-parts")).containsText("รับทราบแล้ว");
        findings.addAll(axe("agency.health directive page"));
        screenshot("a11y-keyboard-directive");
        assertThat(findings).as("serious or critical axe findings").isEmpty();
    }

    /** Clicks the drawer's entry for this path (unless it is shown already) and waits for the view. */
    private void visitThroughTheDrawer(String path) {
        String target = url(path);
        if (page.url().equals(target)) {
            return;
        }
        page.locator("vaadin-side-nav-item[path='" + path + "']").click();
        page.waitForURL(target);
        waitForVaadin();
    }

    /**
     * Presses Tab until the focused element is inside the element matching the selector (the focus may sit deep in its
     * shadow DOM); fails after the given number of presses.
     */
    private void tabUntil(String selector, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            page.keyboard().press("Tab");
            Boolean inside = (Boolean) page.evaluate("""
                    sel => {
                      const target = document.querySelector(sel);
                      let e = document.activeElement;
                      while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                      for (let n = e; n; n = n.parentNode || n.host) { if (n === target) { return true; } }
                      return false;
                    }""", selector);
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
        }
        throw new AssertionError("no focus on " + selector + " after " + maxPresses + " Tab presses; focus on " + focusedElement());
    }

    private String focusedElement() {
        return (String) page.evaluate("""
                () => {
                  let e = document.activeElement;
                  while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                  return e ? e.outerHTML.slice(0, 300) : 'nothing';
                }""");
    }

    /** Runs axe-core on the page as shown; prints every finding and answers the serious and critical ones. */
    private List<String> axe(String screen) {
        waitForVaadin();
        String result = (String) page.evaluate("""
                async () => {
                  // judge colours at rest: a notification still fading in (the second-factor offer) measures blended
                  const roots = [document];
                  document.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { roots.push(e.shadowRoot); } });
                  const running = roots.flatMap(r => r.getAnimations())
                    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
                  await Promise.race([Promise.all(running.map(a => a.finished.catch(() => null))),
                    new Promise(done => setTimeout(done, 3000))]);
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 240)) })));
                }""");
        List<String> failing = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(result)) {
                String impact = v.path("impact").asText();
                for (JsonNode target : v.path("targets")) {
                    String line = screen + " · " + impact + " · " + v.path("id").asText() + " · " + target.asText() + " · "
                            + v.path("help").asText();
                    log("axe " + line);
                    if (FAILING.contains(impact)) {
                        failing.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log("axe " + screen + ": " + failing.size() + " serious or critical");
        return failing;
    }
}
