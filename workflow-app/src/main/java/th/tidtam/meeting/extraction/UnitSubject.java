package th.tidtam.meeting.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.tidtam.org.UnitKind;

/**
 * The units a directive opens with, as Thai minutes write them after "ให้" / "มอบ": a list of units joined by spaces,
 * "และ", commas and "ร่วมกับ", each by name or abbreviation, with "เป็นหน่วยงานหลัก" marking the lead, a group in
 * brackets after its office ("สำนักงานจังหวัด (กลุ่มงานอำนวยการ)"), "นายอำเภอทุกอำเภอ" and "ทุกส่วนราชการ" for all
 * districts and all agencies. The subject ends where the verb starts: the first words that are none of these.
 */
final class UnitSubject {

    record Subject(List<UnitLexicon.Hit> units, boolean allDistricts, boolean allAgencies, boolean allDistrictsLead,
            List<String> unmatched, int start, int end) {

        boolean namesAnyone() {
            return !units.isEmpty() || allDistricts || allAgencies || !unmatched.isEmpty();
        }

        boolean namesKnownUnit() {
            return !units.isEmpty() || allDistricts || allAgencies;
        }
    }

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\G(?:\\s+|,|/|และ|ร่วมกับ|รวมทั้ง|ตลอดจน|โดยมี|กับ)");
    private static final Pattern LEAD = Pattern.compile(
            "\\G\\s*(?:เป็น(?:หน่วยงาน|หน่วย|ส่วนราชการ)(?:รับผิดชอบ)?หลัก|เป็นเจ้าภาพ(?:หลัก)?|เป็นแม่งาน)");
    private static final Pattern SUPPORT = Pattern.compile("\\G\\s*เป็น(?:หน่วยงาน|หน่วย)สนับสนุน");
    private static final Pattern ALL_DISTRICTS = Pattern.compile(
            "\\G(?:(?:นายอำเภอ|นอภ\\.|อำเภอ)?\\s*ทุก\\s*อำเภอ|(?:นายอำเภอ|อำเภอ)ทุกแห่ง|(?:นายอำเภอ)?ทั้ง\\s*\\d{1,2}\\s*อำเภอ)");
    private static final Pattern ALL_AGENCIES = Pattern.compile(
            // "หน.ส่วนราชการ และ นอภ.ทุกอำเภอ": heads of agencies named without a qualifier are all of them
            "\\G(?:(?:หัวหน้า|หน\\.)?\\s*ส่วนราชการ\\s*(?:ทุกส่วน(?:ราชการ)?|ทุกแห่ง|ทุกหน่วย(?:งาน)?)"
                    + "|(?:หัวหน้า|หน\\.)\\s*ส่วนราชการ(?=\\s*(?:และ|,|/|$))"
                    + "|(?:หัวหน้า)?หน่วยงานทุกแห่ง"
                    + "|หัวหน้าส่วนราชการทุกท่าน|ทุก\\s*ส่วนราชการ(?:\\s*และ\\s*(?:ทุก)?\\s*หน่วยงาน)?|ทุก\\s*หน่วยงาน)");
    /** "ทุกส่วนราชการที่ได้รับจัดสรรงบประมาณ": the qualifier belongs to the subject. */
    private static final Pattern QUALIFIER = Pattern.compile("\\G\\s?ที่[^\\s]+");
    private static final Pattern BRACKETS = Pattern.compile("\\G\\s*\\(([^()\\n]{1,80})\\)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\G[ก-ฮ][ก-ฮ]{0,5}\\.(?:\\s?[ก-ฮ]{1,5}\\.)*");
    private static final String BODY_WORDS = "(?:สำนักงาน|สำนัก|องค์กร|องค์การ|กรม|กอง|ศูนย์|โครงการ"
            + "|นายอำเภอ|อำเภอ|เทศบาล|สถานี|โรงพยาบาล|โรงเรียน|หน่วย|การไฟฟ้า|การประปา|แขวง|ที่ทำการ|สถาบัน|สถานศึกษา"
            + "|วิทยาลัย|มหาวิทยาลัย|คณะ|สภา|ชมรม|บริษัท|ธนาคาร|ด่าน|ตำรวจ|มณฑลทหาร|ทหาร|เรือนจำ|ท้องถิ่น|ส่วนราชการ"
            + "|กำนัน|ผู้ใหญ่บ้าน|อาสาสมัคร|ปลัด|ผู้อำนวยการ|หัวหน้า|ผู้กำกับ|ผู้บังคับ|นายก|ภาคเอกชน|สหกรณ์|กลุ่ม"
            // "มอบหมายให้ฝ่ายเลขานุการ ศอ.ปส.จ.ฉช. รวบรวม…": a committee's secretariat is assigned work like any body
            + "|ฝ่าย)";
    private static final Pattern NAMED_BODY = Pattern.compile("\\G" + BODY_WORDS + "[^\\s,]*");
    private static final Pattern BARE_BODY_WORD = Pattern.compile(BODY_WORDS);
    /** "ป.ป.ส.ภาค 2", "สำนักงานเขตพื้นที่การศึกษา… เขต 1 และเขต 2": the number belongs to the name. */
    private static final Pattern NAME_NUMBER = Pattern.compile("\\G(?:\\s?(?:ภาค|เขต)?\\s?\\d{1,2}(?:\\s?และ\\s?(?:ภาค|เขต)\\s?\\d{1,2})*)(?=\\s)");
    private static final Pattern TAIL = Pattern.compile("\\G(?:เขต|ภาค)");
    private static final Pattern NAMELY = Pattern.compile("\\G(?:ส่วนราชการ|หน่วยงาน|อำเภอ)[^\\n]{0,80}?ได้แก่\\s*");

    private UnitSubject() {
    }

    /** The subject starting at {@code pos}: its end is where the directive's own words begin. */
    static Subject parse(String text, int pos, UnitLexicon lexicon, BitSet bounds) {
        pos = UnitLexicon.skipSpaces(text, pos);
        Matcher namely = NAMELY.matcher(text);
        namely.region(pos, text.length());
        if (namely.find()) {
            Subject listed = parseList(text, namely.end(), lexicon, bounds);
            if (listed.namesKnownUnit()) {
                return new Subject(listed.units(), listed.allDistricts(), listed.allAgencies(),
                        listed.allDistrictsLead(), listed.unmatched(), pos, listed.end());
            }
        }
        return parseList(text, pos, lexicon, bounds);
    }

    private static Subject parseList(String text, int pos, UnitLexicon lexicon, BitSet bounds) {
        List<UnitLexicon.Hit> units = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        boolean allDistricts = false;
        boolean allAgencies = false;
        boolean districtsLead = false;
        boolean explicitLead = false;
        int lastEnd = pos;
        int p = pos;
        int count = 0;
        boolean lastWasUnit = false;
        while (p < text.length()) {
            if (count > 0) {
                int q = skip(text, p);
                if (q == p && text.charAt(p) != '(') {
                    break;
                }
                p = q;
            }
            Matcher m;
            if ((m = at(ALL_DISTRICTS, text, p)) != null) {
                allDistricts = true;
                districtsLead = count == 0;
                lastWasUnit = false;
                p = skipQualifier(text, m.end());
            } else if ((m = at(ALL_AGENCIES, text, p)) != null) {
                allAgencies = true;
                lastWasUnit = false;
                p = skipQualifier(text, m.end());
            } else {
                Optional<UnitLexicon.Hit> hit = lexicon.matchAt(text, p, bounds);
                if (hit.isPresent()) {
                    p = hit.get().end();
                    lastWasUnit = addUnit(units, hit.get(), text);
                    Matcher b = at(BRACKETS, text, p);
                    if (b != null) {
                        Optional<UnitLexicon.Hit> inner = lexicon.matchAt(text, b.start(1), bounds);
                        if (inner.isPresent()) {
                            if (isPart(inner.get().unit()) && !isPart(hit.get().unit())) {
                                units.remove(units.size() - 1);
                            }
                            lastWasUnit = addUnit(units, inner.get(), text);
                        }
                        p = b.end();
                    }
                } else if ((m = at(ABBREVIATION, text, p)) != null || (m = at(NAMED_BODY, text, p)) != null) {
                    int end = m.end();
                    // "ศูนย์ ปภ.เขต 2": a bare word like "ศูนย์" is the start of a name written with a space
                    Matcher more = end < text.length() && text.charAt(end) == ' ' && BARE_BODY_WORD.matcher(m.group()).matches()
                            ? at(ABBREVIATION, text, end + 1) : null;
                    if (more != null) {
                        end = more.end();
                        Matcher tail = at(TAIL, text, end);
                        end = tail == null ? end : tail.end();
                    }
                    Matcher number = at(NAME_NUMBER, text, end);
                    if (number != null) {
                        end = number.end();
                    }
                    unmatched.add(text.substring(p, end).strip());
                    lastWasUnit = false;
                    p = end;
                } else {
                    break;
                }
            }
            count++;
            Matcher lead = at(LEAD, text, p);
            if (lead != null) {
                p = lead.end();
                if (lastWasUnit && !explicitLead) {
                    units.add(0, units.remove(units.size() - 1));
                    districtsLead = false;
                }
                explicitLead = true;
            } else if ((lead = at(SUPPORT, text, p)) != null) {
                p = lead.end();
            }
            lastEnd = p;
        }
        return new Subject(units, allDistricts, allAgencies, districtsLead && allDistricts, unmatched, pos, lastEnd);
    }

    /** A group of the provincial office or a section of an agency, which is more precise than its parent. */
    private static boolean isPart(LexiconUnit unit) {
        return unit.kind() == UnitKind.OFFICE_GROUP || unit.kind() == UnitKind.SUB_UNIT;
    }

    /** @return whether the unit was added as a new last unit */
    private static boolean addUnit(List<UnitLexicon.Hit> units, UnitLexicon.Hit hit, String text) {
        if (units.stream().anyMatch(u -> u.unit().unitId() == hit.unit().unitId())) {
            return false;
        }
        // "กลุ่มงานอำนวยการ สำนักงานจังหวัดฉะเชิงเทรา": the office right after its group only says where the group is
        if (!units.isEmpty()) {
            UnitLexicon.Hit previous = units.get(units.size() - 1);
            boolean adjacent = text.substring(previous.end(), hit.start()).isBlank();
            if (adjacent && isPart(previous.unit()) && !isPart(hit.unit())) {
                return false;
            }
        }
        units.add(hit);
        return true;
    }

    private static int skip(String text, int p) {
        int q = p;
        while (true) {
            Matcher m = at(SEPARATOR, text, q);
            if (m == null || m.end() == q) {
                return q;
            }
            q = m.end();
        }
    }

    private static int skipQualifier(String text, int p) {
        Matcher q = at(QUALIFIER, text, p);
        return q == null ? p : q.end();
    }

    private static Matcher at(Pattern pattern, String text, int p) {
        Matcher m = pattern.matcher(text);
        m.region(p, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }
}
