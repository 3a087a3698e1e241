package th.tidtam.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Module boundaries in SQL: no module's SQL names another module's tables. A table belongs to the module that
 * {@link #OWNERS} names for it; every table the migrations leave (created, less those a later one drops) must have an
 * owner, so a new table fails here until it is given one, and a dropped one until its line goes. The main Java sources of each module (the top-level package under {@code th.tidtam}) are read for
 * string literals and text blocks (adjacent literals joined by {@code +} read as one); a table named as a whole word
 * after {@code from}, {@code join}, {@code into}, {@code update} or {@code table} (and each table of a comma list after
 * {@code from}) must be the module's own. Table names are compared exactly as written, lower case as the migrations
 * write them, so JPQL's entity names ({@code from Person p}) are not table names. Another module's data is asked of
 * that module's published services. No module is exempt; the migrations themselves are SQL files, not Java sources.
 * Plain JUnit, no Spring.
 */
class SqlTableOwnershipTest {

    /** Which module owns each table the migrations create. A new table gets its line here. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("org_unit", "org"), Map.entry("org_position", "org"), Map.entry("person", "org"),
            Map.entry("position_assignment", "org"), Map.entry("unit_supervision", "org"),
            Map.entry("unit_alias", "org"), Map.entry("delegable_matter", "org"), Map.entry("assignment_matter", "org"),
            Map.entry("org_version", "org"), Map.entry("province", "org"),
            Map.entry("holiday", "calendar"),
            Map.entry("work_item", "process"), Map.entry("work_item_group", "process"),
            Map.entry("case_event", "casework"), Map.entry("case_alert", "casework"),
            Map.entry("case_attachment", "casework"), Map.entry("number_series", "casework"),
            Map.entry("directive", "directive"), Map.entry("directive_part", "directive"),
            Map.entry("progress_report", "directive"),
            Map.entry("saved_inbox_filter", "work"),
            Map.entry("meeting_body", "meeting"), Map.entry("meeting_body_member", "meeting"),
            Map.entry("meeting", "meeting"), Map.entry("agenda_item", "meeting"), Map.entry("agenda_version", "meeting"),
            Map.entry("meeting_attendance", "meeting"), Map.entry("minutes_directive", "meeting"),
            Map.entry("minutes_correction", "meeting"),
            // letters (issue 13)
            Map.entry("letter_in", "letters"), Map.entry("letter_in_route", "letters"),
            // outgoing (issue 13)
            Map.entry("outgoing_book", "outgoing"), Map.entry("outgoing_letter", "outgoing"),

            // memo (issue 13)
            Map.entry("memo", "memo"), Map.entry("memo_reach", "memo"), Map.entry("memo_annotation", "memo"),

            // orders (issue 13)
            Map.entry("provincial_order", "orders"), Map.entry("provincial_order_member", "orders"),

            // partners and casework.links (issue 14)
            Map.entry("partner", "partners"), Map.entry("case_link", "casework"), Map.entry("case_link_attempt", "casework"),

            // coordination (issue 14)
            Map.entry("coordination_request", "coordination"), Map.entry("coordination_party", "coordination"),
            Map.entry("coordination_file", "coordination"),

            // matters (issue 14)
            Map.entry("matter", "matters"), Map.entry("matter_part", "matters"), Map.entry("matter_decline", "matters"),
            Map.entry("matter_progress", "matters"), Map.entry("matter_complainant", "matters"),

            // notify (issue 15)
            Map.entry("mail_outbox", "notify"), Map.entry("notification_preference", "notify"),
            Map.entry("notification_policy", "notify"), Map.entry("notification_event", "notify"),
            Map.entry("mail_digest_run", "notify"),

            // feeds (issue 15)
            Map.entry("calendar_feed", "feeds"), Map.entry("calendar_feed_attempt", "feeds"),

            // casework.discussion (issue 15)
            Map.entry("case_comment", "casework"), Map.entry("case_comment_revision", "casework"),
            Map.entry("case_comment_mention", "casework"), Map.entry("case_comment_attachment", "casework"),

            // dashboard: the per-day summary of parts (issue 18), kept by triggers on directive_part and directive
            Map.entry("part_day", "dashboard"),
            Map.entry("audit_log", "audit"),
            Map.entry("login_failure", "security"), Map.entry("login_lock", "security"),
            // security: second factor and API tokens (issue 16)
            Map.entry("second_factor", "security"), Map.entry("second_factor_step", "security"),
            Map.entry("recovery_code", "security"), Map.entry("api_token", "security"));

    private static final Pattern TABLE_DDL = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(?<created>\\w+)`?"
            + "|\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(?<dropped>`?\\w+`?(?:\\s*,\\s*`?\\w+`?)*)"
            + "|\\b(?:rename\\s+table|alter\\s+table)\\s+`?(?<from>\\w+)`?\\s+(?:rename\\s+)?to\\s+`?(?<to>\\w+)`?");
    private static final Pattern KEYWORD = Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+");
    private static final Pattern IDENTIFIER = Pattern.compile("`?([A-Za-z0-9_$]+(?:\\.[A-Za-z0-9_$]+)?)`?");
    /** Words that end a table reference instead of being its alias. */
    private static final Set<String> NOT_AN_ALIAS = Set.of("where", "join", "left", "right", "inner", "outer", "cross",
            "straight_join", "on", "using", "set", "group", "order", "having", "limit", "union", "for", "as", "values",
            "value", "select", "natural", "lock", "window", "partition", "into", "when", "then", "and", "or");

    @Test
    void everyTableOfTheMigrationsHasAnOwnerAndEveryOwnedTableExists() {
        // a table dropped by a later migration is gone; one renamed is owned under its new name
        Set<String> created = tablesCreatedByMigrations();
        assertThat(created).as("tables created in %s", migrations()).isNotEmpty();
        assertThat(new TreeSet<>(created)).as("tables without an owner: add them to SqlTableOwnershipTest.OWNERS")
                .allMatch(OWNERS::containsKey);
        assertThat(new TreeSet<>(OWNERS.keySet())).as("owned tables that no migration creates").allMatch(created::contains);
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(sources())) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String module = moduleOf(file);
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Literal literal : literals(source)) {
                    for (String table : tablesNamedIn(literal.text())) {
                        String owner = OWNERS.get(table);
                        if (owner != null && !owner.equals(module)) {
                            violations.add("%s:%d (module %s) names %s of module %s".formatted(
                                    sources().relativize(file), literal.line(), module, table, owner));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("Java sources read under %s", sources()).isGreaterThan(50);
        assertThat(violations).as("SQL naming another module's tables: ask the owning module's services instead").isEmpty();
    }

    // --- the scanner checks itself, so that a broken scanner cannot pass the rule above by finding nothing ----------

    @Test
    void theScannerFindsTablesAfterTheKeywordsInStringsAndTextBlocks() {
        String source = """
                class X {
                    // "select * from person" in a comment is no SQL
                    String a = "select id from person where id = :p for update";
                    String b = \"""
                            select p.id from directive_part p
                              join org_unit u on u.id = p.unit_id
                              left join `unit_supervision` s on s.unit_id = u.id
                            \""";
                    String c = "select count(*) from directive d, org_position h, " + "person pe where 1 = 1";
                    String d = "insert into audit_log (a) values (?)";
                    String e = "update login_lock set x = 1, y = 2";
                    String f = "delete from " + "holiday";
                    String g = "select p from Person p join p.unit u"; // JPQL: entity names
                    String h = "the person from personnel";            // words, not tables
                    char q = '"';
                    String i = "escaped \\" quote from work_item";
                    String j = "from (select 1) x join work_item_group g";
                    String k = "select 1 from tidtam.saved_inbox_filter";
                }
                """;
        List<String> found = new ArrayList<>();
        literals(source).forEach(l -> tablesNamedIn(l.text()).stream().filter(OWNERS::containsKey).forEach(found::add));
        assertThat(found).containsExactly("person", "directive_part", "org_unit", "unit_supervision", "directive",
                "org_position", "person", "audit_log", "login_lock", "holiday", "work_item", "work_item_group",
                "saved_inbox_filter");
        assertThat(literals(source).get(1).line()).isEqualTo(4);
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Literal(String text, int line) {
    }

    /** The string literals and text blocks of a Java source, adjacent ones joined by {@code +} read as one. */
    static List<Literal> literals(String s) {
        List<int[]> spans = new ArrayList<>(); // start, end (exclusive) of the whole token, content start, content end
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                i = s.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int start = i;
                int j = s.indexOf('\n', i + 3) + 1;
                int contentStart = j;
                while (j < n && !s.startsWith("\"\"\"", j)) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                spans.add(new int[] { start, Math.min(n, j + 3), contentStart, Math.min(n, j) });
                i = j + 3;
            } else if (c == '"') {
                int start = i;
                int j = i + 1;
                while (j < n && s.charAt(j) != '"' && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                spans.add(new int[] { start, Math.min(n, j + 1), start + 1, Math.min(n, j) });
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '\'' && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        List<Literal> result = new ArrayList<>();
        StringBuilder text = null;
        int line = 0;
        int previousEnd = -1;
        for (int[] span : spans) {
            boolean joined = text != null && s.substring(previousEnd, span[0]).matches("[\\s+]*\\+[\\s+]*");
            if (!joined) {
                if (text != null) {
                    result.add(new Literal(text.toString(), line));
                }
                text = new StringBuilder();
                line = lineOf(s, span[0]);
            }
            text.append(s, span[2], span[3]);
            previousEnd = span[1];
        }
        if (text != null) {
            result.add(new Literal(text.toString(), line));
        }
        return result;
    }

    /** Tables named after from/join/into/update/table (each of a comma list after from), as written. */
    static List<String> tablesNamedIn(String sql) {
        List<String> tables = new ArrayList<>();
        Matcher keyword = KEYWORD.matcher(sql);
        while (keyword.find()) {
            boolean list = keyword.group(1).equalsIgnoreCase("from");
            int at = keyword.end();
            while (true) {
                Matcher id = IDENTIFIER.matcher(sql).region(at, sql.length());
                if (!id.lookingAt()) {
                    break;
                }
                String name = id.group(1);
                tables.add(name.substring(name.indexOf('.') + 1));
                at = id.end();
                if (!list) {
                    break;
                }
                // an optional alias, then a comma for the next table of the list
                Matcher alias = Pattern.compile("\\s+(?:as\\s+)?([A-Za-z_][A-Za-z0-9_]*)").matcher(sql).region(at, sql.length());
                if (alias.lookingAt() && !NOT_AN_ALIAS.contains(alias.group(1).toLowerCase(Locale.ROOT))) {
                    at = alias.end();
                }
                Matcher comma = Pattern.compile("\\s*,\\s*").matcher(sql).region(at, sql.length());
                if (!comma.lookingAt()) {
                    break;
                }
                at = comma.end();
            }
        }
        return tables;
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The tables the migrations leave, in version order: created, less those dropped, renamed ones under their new name. */
    private static Set<String> tablesCreatedByMigrations() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(migrations())) {
            List<Path> versions = files.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .sorted(Comparator.comparingInt(SqlTableOwnershipTest::version)).toList();
            for (Path file : versions) {
                Matcher m = TABLE_DDL.matcher(withoutSqlComments(Files.readString(file, StandardCharsets.UTF_8)));
                while (m.find()) {
                    if (m.group("created") != null) {
                        tables.add(m.group("created").toLowerCase(Locale.ROOT));
                    } else if (m.group("dropped") != null) {
                        for (String t : m.group("dropped").split(",")) {
                            tables.remove(t.replace("`", "").strip().toLowerCase(Locale.ROOT));
                        }
                    } else {
                        tables.remove(m.group("from").toLowerCase(Locale.ROOT));
                        tables.add(m.group("to").toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** The top-level package under th.tidtam: the Spring Modulith module ("" for the application class itself). */
    private static String moduleOf(Path file) {
        Path relative = sources().relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static Path sources() {
        return firstExisting("src/main/java/th/tidtam", "workflow-app/src/main/java/th/tidtam");
    }

    private static Path migrations() {
        return firstExisting("../db/migration", "db/migration");
    }

    private static Path firstExisting(String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("none of " + String.join(", ", candidates) + " under " + Path.of("").toAbsolutePath());
    }
}
