package th.tidtam.meeting.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.tidtam.directive.Cadence;
import th.tidtam.meeting.extraction.ExtractedMinutes;
import th.tidtam.meeting.extraction.ProposedDirective;
import th.tidtam.meeting.extraction.ProposedItem;
import th.tidtam.meeting.extraction.UnitMatch;

/**
 * The batch under review, in the order of the minutes: built from the extractor's proposals, then accepted, dropped,
 * edited, split and merged by the reviewer. Plain Java (no Vaadin) so that the rules of split and merge are tested
 * without a browser.
 */
public final class ProposalDrafts {

    private static final String AND = " และ";

    private final List<ProposalDraft> drafts = new ArrayList<>();
    private final Map<String, String> itemTitles = new LinkedHashMap<>();

    /** The extractor's proposals, with a due date for every one the text gives none (see {@link DueDefaults}). */
    static ProposalDrafts from(ExtractedMinutes minutes, DueDefaults defaults, LocalDate meetingDate) {
        ProposalDrafts result = new ProposalDrafts();
        for (ProposedItem item : minutes.items()) {
            result.itemTitles.put(item.number(), item.title());
            for (ProposedDirective p : item.directives()) {
                ProposalDraft d = new ProposalDraft(p.agendaItem() == null ? item.number() : p.agendaItem(), item.title());
                d.text = p.text();
                List<UnitMatch> units = p.units() == null ? List.of() : p.units();
                Set<Long> ids = new LinkedHashSet<>();
                units.forEach(u -> ids.add(u.unitId()));
                List<Long> ordered = new ArrayList<>(ids);
                d.leadUnitId = ordered.isEmpty() ? null : ordered.get(0);
                d.supportingUnitIds = ordered.size() > 1 ? new ArrayList<>(ordered.subList(1, ordered.size())) : new ArrayList<>();
                d.allDistricts = p.allDistricts();
                d.allAgencies = p.allAgencies();
                d.dueDate = p.dueDate();
                d.cadence = p.cadence() == null ? Cadence.NONE : p.cadence();
                d.cadenceDays = p.cadenceDays();
                d.duePhrase = p.duePhrase();
                d.sourceText = p.sourceText();
                d.unmatched = p.unmatched() == null ? new ArrayList<>() : new ArrayList<>(p.unmatched());
                defaults.apply(d, meetingDate);
                result.drafts.add(d);
            }
        }
        return result;
    }

    public List<ProposalDraft> all() {
        return List.copyOf(drafts);
    }

    public int size() {
        return drafts.size();
    }

    public List<ProposalDraft> accepted() {
        return drafts.stream().filter(ProposalDraft::accepted).toList();
    }

    /** The drafts grouped by agenda item, items in the order of the minutes. */
    public Map<String, List<ProposalDraft>> byItem() {
        Map<String, List<ProposalDraft>> result = new LinkedHashMap<>();
        for (ProposalDraft d : drafts) {
            result.computeIfAbsent(d.agendaItem, k -> new ArrayList<>()).add(d);
        }
        return result;
    }

    public String itemTitle(String agendaItem) {
        return itemTitles.getOrDefault(agendaItem, "");
    }

    /**
     * Splits a draft into two with the same units, date and cadence. A text joined by "และ" is cut at the first one
     * (the usual way two orders end up in one sentence); otherwise both halves start with the whole text.
     *
     * @return the new second draft
     */
    public ProposalDraft split(ProposalDraft draft) {
        int at = drafts.indexOf(draft);
        if (at < 0) {
            throw new IllegalArgumentException("not in this batch");
        }
        ProposalDraft second = draft.copy();
        String text = draft.text == null ? "" : draft.text;
        int cut = text.indexOf(AND);
        if (cut > 0 && cut + AND.length() < text.length()) {
            draft.text = text.substring(0, cut).strip();
            second.text = text.substring(cut + AND.length()).strip();
        }
        drafts.add(at + 1, second);
        return second;
    }

    /** The draft after this one under the same agenda item, if any (the one a merge takes in). */
    public ProposalDraft nextInItem(ProposalDraft draft) {
        int at = drafts.indexOf(draft);
        if (at < 0 || at + 1 >= drafts.size()) {
            return null;
        }
        ProposalDraft next = drafts.get(at + 1);
        return next.agendaItem.equals(draft.agendaItem) ? next : null;
    }

    /**
     * Merges the next draft of the same agenda item into this one: texts joined with "และ", every unit of both (the
     * first draft's lead stays lead), the earlier due date, the first draft's cadence unless it has none.
     *
     * @return false when there is no next draft under the same item
     */
    public boolean mergeWithNext(ProposalDraft draft) {
        ProposalDraft next = nextInItem(draft);
        if (next == null) {
            return false;
        }
        draft.text = join(draft.text, next.text, AND + " ");
        draft.sourceText = join(draft.sourceText, next.sourceText, "\n");
        draft.duePhrase = join(draft.duePhrase, next.duePhrase, " · ");
        Set<Long> units = new LinkedHashSet<>();
        if (draft.leadUnitId != null) {
            units.add(draft.leadUnitId);
        }
        units.addAll(draft.supportingUnitIds);
        if (next.leadUnitId != null) {
            units.add(next.leadUnitId);
        }
        units.addAll(next.supportingUnitIds);
        List<Long> ordered = new ArrayList<>(units);
        draft.leadUnitId = ordered.isEmpty() ? null : ordered.get(0);
        draft.supportingUnitIds = ordered.size() > 1 ? new ArrayList<>(ordered.subList(1, ordered.size())) : new ArrayList<>();
        draft.allDistricts |= next.allDistricts;
        draft.allAgencies |= next.allAgencies;
        if (draft.dueDate == null || (next.dueDate != null && next.dueDate.isBefore(draft.dueDate))) {
            draft.dueDate = next.dueDate;
            draft.dueSource = next.dueSource;
        }
        if (draft.cadence == Cadence.NONE) {
            draft.cadence = next.cadence;
            draft.cadenceDays = next.cadenceDays;
        }
        Set<String> unmatched = new LinkedHashSet<>(draft.unmatched);
        unmatched.addAll(next.unmatched);
        draft.unmatched = new ArrayList<>(unmatched);
        draft.accepted |= next.accepted;
        drafts.remove(next);
        return true;
    }

    private static String join(String a, String b, String separator) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a.strip() + separator + b.strip();
    }
}
