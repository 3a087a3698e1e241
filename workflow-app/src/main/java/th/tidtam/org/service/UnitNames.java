package th.tidtam.org.service;

import java.util.List;
import java.util.Optional;

import th.tidtam.org.UnitKind;

/**
 * A unit that can take directives, with every name it goes by: its Thai and English names and the aliases and
 * abbreviations the administrator recorded (สสจ., ปภ.จังหวัด), in the order they were added. Matching follows
 * {@link UnitNameKey}.
 */
public record UnitNames(long unitId, String nameTh, String nameEn, UnitKind kind, List<String> aliases) {

    public UnitNames {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }

    /** True when the Thai or English name or an alias contains the query (a blank query matches every unit). */
    public boolean matches(String query) {
        String key = UnitNameKey.of(query);
        return UnitNameKey.of(nameTh).contains(key) || UnitNameKey.of(nameEn).contains(key)
                || aliases.stream().anyMatch(a -> UnitNameKey.of(a).contains(key));
    }

    /** True when the query is exactly one of the unit's names or aliases (by its key). */
    public boolean matchesExactly(String query) {
        String key = UnitNameKey.of(query);
        return !key.isEmpty() && (key.equals(UnitNameKey.of(nameTh)) || key.equals(UnitNameKey.of(nameEn))
                || aliases.stream().anyMatch(a -> key.equals(UnitNameKey.of(a))));
    }

    /**
     * The alias the query found the unit by, for a picker to show next to the name; empty when a name matches too
     * (the name says it already), the query is blank or nothing matches.
     */
    public Optional<String> matchedAlias(String query) {
        String key = UnitNameKey.of(query);
        if (key.isEmpty() || UnitNameKey.of(nameTh).contains(key) || UnitNameKey.of(nameEn).contains(key)) {
            return Optional.empty();
        }
        return aliases.stream().filter(a -> UnitNameKey.of(a).contains(key)).findFirst();
    }
}
