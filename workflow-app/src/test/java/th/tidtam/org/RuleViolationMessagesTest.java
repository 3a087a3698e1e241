package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;

/**
 * Every key a {@link RuleViolation} can carry (and every field key passed as its argument) has a real Thai and a
 * real English message. Scans the main sources, so a new rule without its messages fails here, not in front of a user.
 */
class RuleViolationMessagesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern VIOLATION = Pattern.compile("new\\s+RuleViolation\\s*\\(([^;]*)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FIELD_LITERAL = Pattern.compile("\"([a-z]+\\.field\\.[a-z0-9-]+)\"");
    private static final Pattern THAI = Pattern.compile("[\\u0E01-\\u0E5B]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Set<String> keysUsed;
    private static Properties thai;
    private static Properties english;

    @BeforeAll
    static void scan() throws IOException {
        keysUsed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher violation = VIOLATION.matcher(source);
                while (violation.find()) {
                    // every text literal given to a RuleViolation, key or argument, must be a message key
                    Matcher key = STRING_LITERAL.matcher(violation.group(1));
                    while (key.find()) {
                        keysUsed.add(key.group(1));
                    }
                }
                Matcher field = FIELD_LITERAL.matcher(source);
                while (field.find()) {
                    keysUsed.add(field.group(1));
                }
            }
        }
        thai = bundle("vaadin-i18n/translations.properties");
        english = bundle("vaadin-i18n/translations_en.properties");
    }

    @Test
    void theScanFindsTheRulesOfTheChainOfCommand() {
        assertThat(keysUsed).hasSizeGreaterThan(30).contains("org.error.reports-to-cycle", "org.error.acting-overlap",
                "org.error.holder-overlap", "org.error.unit-has-positions", "org.field.order-number");
    }

    @Test
    void theScanFindsTheRulesOfTheHolidayTable() {
        assertThat(keysUsed).contains("calendar.error.day-taken", "calendar.error.required",
                "calendar.error.substitution-on-weekend", "calendar.field.name-th", "calendar.field.name-en");
    }

    @Test
    void everyRuleViolationKeyHasAThaiAndAnEnglishMessage() {
        SoftAssertions soft = new SoftAssertions();
        for (String key : keysUsed) {
            soft.assertThat(thai.getProperty(key)).as("Thai message for %s", key).isNotBlank();
            soft.assertThat(english.getProperty(key)).as("English message for %s", key).isNotBlank();
        }
        soft.assertAll();
    }

    @Test
    void theMessagesAreHumanTextInTheirLanguage() {
        SoftAssertions soft = new SoftAssertions();
        for (String key : keysUsed) {
            String th = thai.getProperty(key, "");
            String en = english.getProperty(key, "");
            soft.assertThat(th).as("Thai %s", key).isNotEqualTo(key).doesNotContain("TODO").containsPattern(THAI);
            soft.assertThat(en).as("English %s", key).isNotEqualTo(key).doesNotContain("TODO")
                    .containsPattern("[A-Za-z]{3,}").doesNotContainPattern(THAI);
            soft.assertThat(placeholders(en)).as("placeholders of %s in both languages", key).isEqualTo(placeholders(th));
        }
        soft.assertAll();
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(thai.stringPropertyNames());
    }

    @Test
    void aViolationIsRenderedWithItsTranslatedFieldName() {
        Translations translations = new Translations();
        RuleViolation violation = new RuleViolation("org.error.too-long", "org.field.name-th", 255);

        assertThat(translations.message(violation, Translations.THAI)).contains("ชื่อภาษาไทย").contains("255")
                .doesNotContain("org.field");
        assertThat(translations.message(violation, Locale.ENGLISH)).contains("255").doesNotContain("org.field")
                .doesNotContainPattern(THAI);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleViolationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
