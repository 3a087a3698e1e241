package th.tidtam.meeting.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.tidtam.org.UnitKind;

/**
 * The lexicon of the demo chain of command, built from the same CSV files the demo loader reads (see
 * ChainOfCommandDemoData), so that the tests and the demo agree. Unit ids are line numbers, offset per file.
 */
final class DemoLexicon {

    private static UnitLexicon cached;

    private DemoLexicon() {
    }

    static synchronized UnitLexicon get() {
        if (cached == null) {
            cached = new UnitLexicon(units());
        }
        return cached;
    }

    static List<LexiconUnit> units() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String[] row : csv("demo/unit-aliases.csv")) {
            aliases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        List<LexiconUnit> units = new ArrayList<>();
        units.add(unit(1, "จังหวัดฉะเชิงเทรา", "Chachoengsao Province", UnitKind.PROVINCE, aliases));
        units.add(unit(2, "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "Governor of Chachoengsao", UnitKind.GOVERNOR_OFFICE, aliases));
        units.add(unit(3, "รองผู้ว่าราชการจังหวัดฉะเชิงเทรา", "Vice Governors", UnitKind.VICE_GOVERNORS, aliases));
        units.add(unit(4, "สำนักงานจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Office", UnitKind.PROVINCIAL_OFFICE, aliases));
        units.add(unit(5, "งานสารบรรณและเลขานุการ", "Correspondence and Secretariat Section", UnitKind.SUB_UNIT, aliases));
        units.add(unit(6, "กลุ่มงานควบคุมโรคติดต่อ", "Communicable Disease Control Section", UnitKind.SUB_UNIT, aliases));
        units.add(unit(7, "ส่วนราชการและหน่วยงานในจังหวัด", "Agencies in the province", UnitKind.CATEGORY, aliases));
        units.add(unit(8, "อำเภอ", "Districts", UnitKind.CATEGORY, aliases));
        int line = 1;
        for (String[] row : csv("demo/provincial-office-groups.csv")) {
            units.add(unit(100 + ++line, row[0], row[1], UnitKind.OFFICE_GROUP, aliases));
        }
        line = 1;
        for (String[] row : csv("demo/chachoengsao-agencies.csv")) {
            line++;
            if (!row[1].equals("Chachoengsao Provincial Office")) {
                units.add(unit(200 + line, row[0], row[1], UnitKind.AGENCY, aliases));
            }
        }
        line = 1;
        for (String[] row : csv("demo/chachoengsao-districts.csv")) {
            units.add(unit(300 + ++line, row[1], row[2] + " District", UnitKind.DISTRICT, aliases));
        }
        return units;
    }

    private static LexiconUnit unit(long id, String th, String en, UnitKind kind, Map<String, List<String>> aliases) {
        return new LexiconUnit(id, th, en, kind, aliases.getOrDefault(th, List.of()));
    }

    /** Rows of a CSV resource without its header; fields may be quoted. */
    static List<String[]> csv(String resource) {
        try (InputStream in = DemoLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(parse(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    static String[] parse(String line) {
        return th.tidtam.base.text.CsvLine.fields(line);
    }
}
