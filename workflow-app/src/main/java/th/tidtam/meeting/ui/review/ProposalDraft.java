package th.tidtam.meeting.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.tidtam.directive.Cadence;

/**
 * One proposed directive as the reviewer is shaping it: starts as the extractor's proposal and changes with every
 * edit on the screen. Nothing here is saved; the batch is issued only when the reviewer confirms it.
 */
public final class ProposalDraft {

    /** Where the due date shown came from, so the screen can say so. */
    public enum DueSource {
        /** The minutes name the date or a period ("ภายใน ๗ วัน", "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๙"). */
        FROM_TEXT,
        /** "Before the next meeting": the working day before the next monthly sitting on record. */
        NEXT_SITTING,
        /** "Before the next meeting" but no next sitting is on record: a month after this meeting, to be checked. */
        NEXT_SITTING_GUESSED,
        /** A recurring report with no end date in the text: the end of the fiscal year, to be checked. */
        FISCAL_YEAR_END,
        /** Neither the text nor a rule gives a date: the reviewer must pick one. */
        NONE,
        /** The reviewer picked or changed the date. */
        REVIEWER
    }

    final String agendaItem;
    final String itemTitle;
    boolean accepted = true;
    String text;
    Long leadUnitId;
    List<Long> supportingUnitIds = new ArrayList<>();
    boolean allDistricts;
    boolean allAgencies;
    LocalDate dueDate;
    DueSource dueSource = DueSource.NONE;
    Cadence cadence = Cadence.NONE;
    Integer cadenceDays;
    String duePhrase;
    String sourceText;
    List<String> unmatched = new ArrayList<>();

    ProposalDraft(String agendaItem, String itemTitle) {
        this.agendaItem = agendaItem;
        this.itemTitle = itemTitle;
    }

    /** A second draft with the same item, units, date and cadence (for a split). */
    ProposalDraft copy() {
        ProposalDraft c = new ProposalDraft(agendaItem, itemTitle);
        c.accepted = accepted;
        c.text = text;
        c.leadUnitId = leadUnitId;
        c.supportingUnitIds = new ArrayList<>(supportingUnitIds);
        c.allDistricts = allDistricts;
        c.allAgencies = allAgencies;
        c.dueDate = dueDate;
        c.dueSource = dueSource;
        c.cadence = cadence;
        c.cadenceDays = cadenceDays;
        c.duePhrase = duePhrase;
        c.sourceText = sourceText;
        c.unmatched = new ArrayList<>(unmatched);
        return c;
    }

    public String agendaItem() {
        return agendaItem;
    }

    public String itemTitle() {
        return itemTitle;
    }

    public boolean accepted() {
        return accepted;
    }

    public String text() {
        return text;
    }

    public Long leadUnitId() {
        return leadUnitId;
    }

    public List<Long> supportingUnitIds() {
        return List.copyOf(supportingUnitIds);
    }

    public boolean allDistricts() {
        return allDistricts;
    }

    public boolean allAgencies() {
        return allAgencies;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public DueSource dueSource() {
        return dueSource;
    }

    public Cadence cadence() {
        return cadence;
    }

    public Integer cadenceDays() {
        return cadenceDays;
    }

    public String duePhrase() {
        return duePhrase;
    }

    public String sourceText() {
        return sourceText;
    }

    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    /** True when no unit at all would receive the directive. */
    boolean withoutUnits() {
        return leadUnitId == null && supportingUnitIds.isEmpty() && !allDistricts && !allAgencies;
    }
}
