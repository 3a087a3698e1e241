package th.tidtam.meeting.extraction;

import java.util.List;

import th.tidtam.org.UnitKind;

/** A unit the extraction may name, with the aliases and abbreviations officials write for it. */
public record LexiconUnit(long unitId, String nameTh, String nameEn, UnitKind kind, List<String> aliases) {

    public LexiconUnit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
