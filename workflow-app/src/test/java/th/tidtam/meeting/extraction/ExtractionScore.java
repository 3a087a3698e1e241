package th.tidtam.meeting.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.directive.Cadence;

/**
 * Precision and recall of the extraction against hand-written expectations (the columns of
 * ../shared/data/minutes/*.expected.csv): directives found (same agenda item, similar words), their units (right when
 * the set of units, "all districts" and "all agencies" is exactly the expected one) and their due dates and cadences.
 */
final class ExtractionScore {

    record Expected(String item, String text, Set<String> units, String due) {
    }

    /** Counts summed over documents. */
    static final class Tally {
        int expected, proposed, found, unitsRight, unitTp, unitFp, unitFn, dueTp, dueFp, dueFn;
        final List<String> misses = new ArrayList<>();

        void add(Tally o) {
            expected += o.expected;
            proposed += o.proposed;
            found += o.found;
            unitsRight += o.unitsRight;
            unitTp += o.unitTp;
            unitFp += o.unitFp;
            unitFn += o.unitFn;
            dueTp += o.dueTp;
            dueFp += o.dueFp;
            dueFn += o.dueFn;
            misses.addAll(o.misses);
        }

        double directiveRecall() {
            return ratio(found, expected);
        }

        double directivePrecision() {
            return ratio(found, proposed);
        }

        /** Directives found with exactly the expected units, of all expected directives. */
        double unitsRightRate() {
            return ratio(unitsRight, expected);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |", name, expected,
                    proposed, found, pct(directivePrecision()), pct(directiveRecall()), pct(unitsRightRate()),
                    pct(ratio(unitTp, unitTp + unitFp)), pct(ratio(unitTp, unitTp + unitFn)),
                    pct(ratio(dueTp, dueTp + dueFp)), pct(ratio(dueTp, dueTp + dueFn)));
        }

        static String header() {
            return "| documents | expected | proposed | found | directive precision | directive recall | units right "
                    + "| unit precision | unit recall | due/cadence precision | due/cadence recall |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|";
        }
    }

    private ExtractionScore() {
    }

    static String read(String resource) {
        try (InputStream in = ExtractionScore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    static List<Expected> expected(String resource) {
        List<Expected> rows = new ArrayList<>();
        for (String[] r : DemoLexicon.csv(resource)) {
            Set<String> units = new TreeSet<>();
            for (String u : r[3].split("\\|")) {
                if (!u.isBlank()) {
                    units.add(u.strip());
                }
            }
            if ("yes".equals(r[4])) {
                units.add("ALL_DISTRICTS");
            }
            String due = r[5].isBlank() ? "" : "date:" + r[5];
            rows.add(new Expected(r[1], r[2], units, due + "|" + (r[6].isBlank() ? "NONE" : r[6])));
        }
        return rows;
    }

    static Tally score(String name, List<Expected> expected, ExtractedMinutes extracted) {
        Tally t = new Tally();
        List<ProposedDirective> proposed = new ArrayList<>(extracted.directives());
        t.expected = expected.size();
        t.proposed = proposed.size();
        boolean[] used = new boolean[proposed.size()];
        for (Expected e : expected) {
            int best = -1;
            double bestScore = 0.45;
            for (int i = 0; i < proposed.size(); i++) {
                if (!used[i] && e.item().equals(proposed.get(i).agendaItem())) {
                    double s = similarity(e.text(), proposed.get(i).text());
                    if (s > bestScore) {
                        bestScore = s;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                t.misses.add(name + " " + e.item() + ": not found: " + e.text());
                t.unitFn += e.units().size();
                t.dueFn += dueTokens(e.due()).size();
                continue;
            }
            used[best] = true;
            t.found++;
            ProposedDirective p = proposed.get(best);
            Set<String> units = units(p);
            if (units.equals(e.units())) {
                t.unitsRight++;
            } else {
                t.misses.add(name + " " + e.item() + ": units " + units + " expected " + e.units() + " — " + e.text());
            }
            for (String u : units) {
                if (e.units().contains(u)) {
                    t.unitTp++;
                } else {
                    t.unitFp++;
                }
            }
            t.unitFn += (int) e.units().stream().filter(u -> !units.contains(u)).count();
            Set<String> want = dueTokens(e.due());
            Set<String> got = dueTokens(due(p));
            for (String g : got) {
                if (want.contains(g)) {
                    t.dueTp++;
                } else {
                    t.dueFp++;
                }
            }
            t.dueFn += (int) want.stream().filter(w -> !got.contains(w)).count();
            if (!want.equals(got)) {
                t.misses.add(name + " " + e.item() + ": due " + got + " expected " + want + " — " + e.text());
            }
        }
        for (int i = 0; i < proposed.size(); i++) {
            if (!used[i]) {
                t.misses.add(name + " " + proposed.get(i).agendaItem() + ": extra: " + proposed.get(i).text());
            }
        }
        return t;
    }

    static Set<String> units(ProposedDirective p) {
        Set<String> units = new TreeSet<>();
        p.units().forEach(u -> units.add(u.nameTh()));
        if (p.allAgencies()) {
            units.add("ALL_AGENCIES");
        }
        if (p.allDistricts()) {
            units.add("ALL_DISTRICTS");
        }
        return units;
    }

    static String due(ProposedDirective p) {
        String date = p.dueDate() == null ? "" : "date:" + be(p.dueDate());
        String cadence = p.cadence() == Cadence.EVERY_N_DAYS ? "EVERY_N_DAYS:" + p.cadenceDays() : p.cadence().name();
        return date + "|" + cadence;
    }

    private static Set<String> dueTokens(String due) {
        Set<String> tokens = new HashSet<>();
        String[] parts = due.split("\\|", -1);
        if (!parts[0].isEmpty()) {
            tokens.add(parts[0]);
        }
        if (parts.length > 1 && !parts[1].equals("NONE")) {
            tokens.add(parts[1]);
        }
        return tokens;
    }

    static String be(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear() + 543, d.getMonthValue(), d.getDayOfMonth());
    }

    /** Dice coefficient of character bigrams, digits folded and spaces and quotes ignored. */
    static double similarity(String a, String b) {
        List<String> x = bigrams(a);
        List<String> y = new ArrayList<>(bigrams(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : x) {
            if (y.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + bigrams(b).size());
    }

    private static List<String> bigrams(String s) {
        String t = ThaiDigits.toArabic(s).replaceAll("[\\s\"“”–-]", "");
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
