package th.tidtam.meeting.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.tidtam.org.UnitKind;

/**
 * The units the extraction may name, with every way officials write them: the full name, the name without the
 * province ("สำนักงานสาธารณสุขจังหวัด"), the head's title ("สาธารณสุขจังหวัด", "นายอำเภอบางคล้า"), the abbreviations
 * the chain of command keeps as aliases ("สสจ.") with or without the province's suffix ("สสจ.ฉช.", "ปภ.จังหวัด").
 * A form that two units share is left out rather than guessed.
 */
public final class UnitLexicon {

    /** Where a unit was found: {@code text.substring(start, end)} names {@code unit}. */
    record Hit(LexiconUnit unit, int start, int end) {
    }

    private record Surface(String form, LexiconUnit unit, int rank) {
    }

    private static final String PROVINCE_WORD = "จังหวัด";
    private static final String OFFICE = "สำนักงาน";
    private static final String DISTRICT = "อำเภอ";

    private final List<LexiconUnit> units;
    private final String province;
    private final List<String> provinceSuffixes;
    /** Surfaces (spaces removed) by their first character, longest first. */
    private final Map<Character, List<Surface>> byFirst = new HashMap<>();
    private final List<String> prefixes;

    public UnitLexicon(List<LexiconUnit> units) {
        this.units = List.copyOf(units);
        this.province = provinceName(this.units);
        this.provinceSuffixes = provinceSuffixes(this.units, province);
        Map<String, Surface> forms = new LinkedHashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (LexiconUnit unit : this.units) {
            if (unit.kind() == UnitKind.PROVINCE || unit.kind() == UnitKind.CATEGORY || unit.kind() == UnitKind.SYSTEM) {
                continue;
            }
            add(forms, ambiguous, new Surface(unit.nameTh(), unit, 0));
            unit.aliases().forEach(a -> add(forms, ambiguous, new Surface(a, unit, 0)));
            derived(unit).forEach(d -> add(forms, ambiguous, new Surface(d, unit, 1)));
        }
        forms.values().stream().filter(s -> !ambiguous.getOrDefault(s.form(), false))
                .forEach(s -> byFirst.computeIfAbsent(s.form().charAt(0), k -> new ArrayList<>()).add(s));
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Surface s) -> s.form().length()).reversed()));
        this.prefixes = List.of("ผู้แทน", "หัวหน้า", "ผู้อำนวยการ", "ผู้บังคับการ");
    }

    public List<LexiconUnit> units() {
        return units;
    }

    /** Every unit named in the text, in order, by its longest form at each place. */
    public List<UnitMatch> findAll(String text) {
        String norm = Normalized.of(text == null ? "" : text).text();
        BitSet bounds = ThaiWords.boundaries(norm);
        List<UnitMatch> found = new ArrayList<>();
        for (int i = 0; i < norm.length();) {
            Optional<Hit> hit = matchAt(norm, i, bounds);
            if (hit.isPresent()) {
                found.add(new UnitMatch(hit.get().unit().unitId(), hit.get().unit().nameTh(),
                        norm.substring(hit.get().start(), hit.get().end())));
                i = hit.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The unit named at {@code pos} (after an optional "หัวหน้า", "ผู้แทน"…), by its longest form. */
    Optional<Hit> matchAt(String text, int pos, BitSet bounds) {
        Optional<Hit> direct = matchExactly(text, pos, bounds);
        if (direct.isPresent()) {
            return direct;
        }
        for (String prefix : prefixes) {
            if (text.startsWith(prefix, pos)) {
                int after = skipSpaces(text, pos + prefix.length());
                Optional<Hit> hit = matchExactly(text, after, bounds);
                if (hit.isPresent()) {
                    return Optional.of(new Hit(hit.get().unit(), pos, hit.get().end()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Hit> matchExactly(String text, int pos, BitSet bounds) {
        if (pos >= text.length() || !startsWord(text, pos, bounds)) {
            return Optional.empty();
        }
        for (Surface s : byFirst.getOrDefault(text.charAt(pos), List.of())) {
            int end = matchIgnoringSpaces(text, pos, s.form());
            if (end > 0 && endsWord(text, end, s.form(), bounds) && !regionalOffice(text, end, s.form())) {
                return Optional.of(new Hit(s.unit(), pos, end));
            }
        }
        return Optional.empty();
    }

    /** The end of the form in the text from pos, spaces in the text allowed between its letters; -1 if none. */
    private static int matchIgnoringSpaces(String text, int pos, String form) {
        int t = pos;
        for (int f = 0; f < form.length(); f++) {
            if (f > 0) {
                while (t < text.length() && text.charAt(t) == ' ') {
                    t++;
                }
            }
            if (t >= text.length() || text.charAt(t) != form.charAt(f)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private static boolean startsWord(String text, int pos, BitSet bounds) {
        return pos == 0 || !ThaiWords.isThaiLetter(text.charAt(pos - 1)) || text.charAt(pos - 1) == '.'
                || bounds.get(pos);
    }

    private static boolean endsWord(String text, int end, String form, BitSet bounds) {
        return end >= text.length() || form.endsWith(".") || !ThaiWords.isThaiLetter(text.charAt(end))
                || bounds.get(end);
    }

    /** "ปภ.เขต 2", "ป.ป.ส.ภาค 2": the abbreviation names a regional office of the same department, not ours. */
    private static boolean regionalOffice(String text, int end, String form) {
        return form.endsWith(".") && REGIONAL.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile("(?:เขต|ภาค)\\s?\\d");

    static int skipSpaces(String text, int pos) {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static void add(Map<String, Surface> forms, Map<String, Boolean> ambiguous, Surface surface) {
        String form = Normalized.of(surface.form()).text().replace(" ", "");
        if (form.length() < 2) {
            return;
        }
        Surface s = new Surface(form, surface.unit(), surface.rank());
        Surface existing = forms.get(form);
        if (existing == null) {
            forms.put(form, s);
        } else if (existing.unit().unitId() != s.unit().unitId()) {
            if (s.rank() < existing.rank()) {
                forms.put(form, s);
            } else if (s.rank() == existing.rank()) {
                ambiguous.put(form, true);
            }
        }
    }

    /** The forms officials write besides the name and the recorded aliases. */
    private List<String> derived(LexiconUnit unit) {
        List<String> bases = new ArrayList<>();
        String name = unit.nameTh().strip();
        bases.add(name);
        unit.aliases().forEach(a -> bases.add(a.strip()));
        if (province != null && name.endsWith(province) && name.length() > province.length() + 4) {
            String local = name.substring(0, name.length() - province.length()).strip();
            if (!local.endsWith("เมือง") || unit.kind() == UnitKind.DISTRICT) {
                bases.add(local);
            }
        }
        if (name.startsWith(OFFICE) && province != null && name.endsWith(PROVINCE_WORD + province)) {
            String function = name.substring(OFFICE.length(), name.length() - province.length());
            if (function.length() > PROVINCE_WORD.length() + 1) {
                bases.add(function);
                bases.add("สนง." + function);
            }
        }
        if (unit.kind() == UnitKind.DISTRICT && name.startsWith(DISTRICT)) {
            for (String b : List.copyOf(bases)) {
                if (b.startsWith(DISTRICT)) {
                    String place = b.substring(DISTRICT.length());
                    bases.add("อ." + place);
                    bases.add("นายอำเภอ" + place);
                }
            }
        }
        List<String> result = new ArrayList<>(bases);
        for (String b : bases) {
            if (b.endsWith(".")) {
                provinceSuffixes.forEach(s -> result.add(b + s));
                result.add(b + PROVINCE_WORD);
                result.add(b + "จ.");
                if (province != null) {
                    result.add(b + province);
                    result.add(b + PROVINCE_WORD + province);
                }
            } else if (b.endsWith(PROVINCE_WORD) && province != null) {
                result.add(b + province);
                provinceSuffixes.forEach(s -> result.add(b + s));
            }
        }
        return result;
    }

    /** The province's name: from the province unit, or the place most names end with ("…จังหวัดฉะเชิงเทรา"). */
    private static String provinceName(List<LexiconUnit> units) {
        for (LexiconUnit u : units) {
            if (u.kind() == UnitKind.PROVINCE && u.nameTh().startsWith(PROVINCE_WORD)) {
                return u.nameTh().substring(PROVINCE_WORD.length()).strip();
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (LexiconUnit u : units) {
            int i = u.nameTh().lastIndexOf(PROVINCE_WORD);
            if (i >= 0 && i + PROVINCE_WORD.length() < u.nameTh().length()) {
                counts.merge(u.nameTh().substring(i + PROVINCE_WORD.length()).strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The province's own abbreviation ("ฉช."), learnt from the aliases: where a unit has both "สสจ." and "สสจ.ฉช.", the
     * difference is the province's suffix. Two units must agree, so one odd alias teaches nothing.
     */
    private static List<String> provinceSuffixes(List<LexiconUnit> units, String province) {
        Map<String, Integer> counts = new HashMap<>();
        for (LexiconUnit u : units) {
            for (String a : u.aliases()) {
                for (String b : u.aliases()) {
                    if (a.endsWith(".") && b.length() > a.length() && b.startsWith(a)) {
                        String suffix = b.substring(a.length()).strip();
                        if (suffix.endsWith(".") && suffix.length() <= 4) {
                            counts.merge(suffix, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<String> result = new ArrayList<>();
        counts.forEach((s, n) -> {
            if (n >= 2) {
                result.add(s);
            }
        });
        return result;
    }

    String province() {
        return province;
    }
}
