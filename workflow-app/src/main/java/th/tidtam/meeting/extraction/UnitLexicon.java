package th.tidtam.meeting.extraction;

import java.util.List;

/** The units the extraction may name, with every way officials write them. */
public final class UnitLexicon {

    private final List<LexiconUnit> units;

    public UnitLexicon(List<LexiconUnit> units) {
        this.units = List.copyOf(units);
    }

    public List<LexiconUnit> units() {
        return units;
    }
}
