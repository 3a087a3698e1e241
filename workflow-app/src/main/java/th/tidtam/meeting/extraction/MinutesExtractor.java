package th.tidtam.meeting.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import th.tidtam.directive.Cadence;

/**
 * Minutes → proposed agenda items and directives: the structure ({@link MinutesStructure}), the directives under each
 * item ({@link DirectiveSplitter}), the units each names ({@link UnitSubject} over a {@link UnitLexicon}) and its due
 * date or cadence ({@link DuePhrases}). Nothing is guessed silently: a body the lexicon does not know is listed as
 * unmatched, a date that does not exist is a warning. Stateless and thread-safe.
 */
public final class MinutesExtractor {

    /** meetingDate: used for relative phrases when the text has no date line. */
    public ExtractedMinutes extract(String text, UnitLexicon lexicon, LocalDate meetingDate) {
        MinutesDocuments.checkLength(text);
        Normalized normalized = Normalized.of(text);
        String norm = normalized.text();
        BitSet bounds = ThaiWords.boundaries(norm);
        MinutesStructure.Parsed parsed = MinutesStructure.parse(norm);
        LocalDate day = parsed.meetingDate() != null ? parsed.meetingDate() : meetingDate;
        List<String> warnings = new ArrayList<>();
        if (!parsed.agendaFound()) {
            warnings.add(ExtractionWarnings.of(ExtractionWarnings.NO_AGENDA));
        }
        DirectiveSplitter splitter = new DirectiveSplitter(norm, lexicon, bounds);
        List<ProposedItem> items = new ArrayList<>();
        boolean anyDirective = false;
        boolean warnedNoDate = false;
        for (MinutesStructure.Item item : parsed.items()) {
            List<ProposedDirective> directives = new ArrayList<>();
            for (DirectiveSplitter.Clause clause : splitter.split(item.lines())) {
                ProposedDirective d = propose(normalized, clause, item.number(), lexicon, bounds, day, warnings);
                if (d != null) {
                    directives.add(d);
                    if (d.duePhrase() != null && d.dueDate() == null && day == null && !warnedNoDate
                            && DuePhrases.read(norm.substring(clause.start(), clause.end()), null).needsMeetingDate()) {
                        warnings.add(ExtractionWarnings.of(ExtractionWarnings.NO_MEETING_DATE));
                        warnedNoDate = true;
                    }
                }
            }
            anyDirective |= !directives.isEmpty();
            if (item.section() > 0 || !directives.isEmpty()) {
                items.add(new ProposedItem(item.number(), Math.min(item.section(), 6), item.title(), directives));
            }
        }
        if (!anyDirective) {
            warnings.add(ExtractionWarnings.of(ExtractionWarnings.NO_DIRECTIVES));
        }
        return new ExtractedMinutes(parsed.bodyTitle(), parsed.meetingNumber(), day, items, warnings);
    }

    /**
     * "(ก) เห็นชอบร่างแผน… ตามที่เสนอ": a resolution that only approves or acknowledges, with nobody named and nothing
     * handed on ("ให้", "มอบ"), records a decision and gives no one work.
     */
    private static final Pattern ONLY_APPROVES = Pattern.compile(
            "(?:ที่ประชุม)?(?:มีมติ)?\\s*(?:เห็นชอบ|อนุมัติ|รับทราบ)(?![^\\n]*(?:ให้|มอบ))[^\\n]*", Pattern.DOTALL);

    private static ProposedDirective propose(Normalized normalized, DirectiveSplitter.Clause clause, String item,
            UnitLexicon lexicon, BitSet bounds, LocalDate day, List<String> warnings) {
        String norm = normalized.text();
        UnitSubject.Subject subject = UnitSubject.parse(norm, clause.subjectStart(), lexicon, bounds);
        int textStart = subject.namesAnyone() ? subject.end() : clause.start();
        int textEnd = clause.end();
        if (!subject.namesKnownUnit()) {
            // no known unit up front: the owner may be written last, "(ผู้รับผิดชอบ: …)"; an unknown opening name was
            // then the directive's own words ("ให้โรงเรียนทุกแห่ง…"), so the text keeps them
            var trailing = ResponsibleUnits.find(norm, clause.start(), clause.end(), lexicon, bounds);
            if (trailing.isPresent()) {
                subject = trailing.get().subject();
                textStart = clause.start();
                textEnd = trailing.get().markStart();
            }
        }
        if (textStart > textEnd) {
            textStart = textEnd;
        }
        String words = tidy(norm.substring(textStart, textEnd));
        if (words.isEmpty() && !subject.namesAnyone()) {
            return null;
        }
        if (!subject.namesAnyone() && ONLY_APPROVES.matcher(words).matches()) {
            return null;
        }
        DuePhrases.Due due = DuePhrases.read(norm.substring(clause.start(), clause.end()), day);
        for (String invalid : due.invalidDates()) {
            warnings.add(ExtractionWarnings.of(ExtractionWarnings.NO_SUCH_DATE, item, invalid));
        }
        if (due.dueDate() != null && day != null && due.dueDate().isBefore(day)) {
            warnings.add(ExtractionWarnings.of(ExtractionWarnings.DATE_BEFORE_MEETING, item, due.phrase()));
        }
        List<UnitMatch> units = subject.units().stream()
                .map(h -> new UnitMatch(h.unit().unitId(), h.unit().nameTh(), norm.substring(h.start(), h.end()).strip()))
                .toList();
        Cadence cadence = due.cadence();
        return new ProposedDirective(item, words, units, subject.allDistricts(), subject.allAgencies(),
                subject.allDistrictsLead(), subject.unmatched(), due.dueDate(), cadence, due.cadenceDays(), due.phrase(),
                normalized.source(clause.start(), clause.end()));
    }

    /** One line of text without surrounding spaces, commas or a dangling "และ". */
    private static String tidy(String words) {
        String t = words.replace('\n', ' ').replaceAll(" {2,}", " ").strip();
        t = t.replaceAll("^(?:[,:]\\s*)+", "").replaceAll("[\\s,;]+$", "");
        return t.strip();
    }
}
