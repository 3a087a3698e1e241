package th.tidtam.org.ui.pickers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.OrgReach;
import th.tidtam.org.service.UnitNameKey;
import th.tidtam.org.service.UnitNames;
import th.tidtam.org.service.UnitSummary;

/**
 * Every picker of units (a combo box or a multi-select combo box of {@link UnitSummary}) filters by the one rule of
 * {@link UnitNameKey}: what is typed may be part of the Thai or English name or of any alias, with spaces, dots,
 * letter case and Thai digits of no account, so "สสจ" or "ปภ. จังหวัด" finds the unit. The aliases are read once when
 * the screen builds its pickers; the filtering then runs on the server, in memory, per keystroke. The item label stays
 * the unit's name (what the browser tests and the people choose by).
 * <p>
 * A picker offers only units of the user's province ({@link OrgDirectory#callerReach()}), whatever list the screen
 * hands it: a screen that still asks for every unit cannot offer another province's.
 */
public final class UnitPickers {

    private final Map<Long, List<String>> aliases;
    private final OrgReach reach;

    public UnitPickers(OrgDirectory directory) {
        this.aliases = directory.aliasesByUnit();
        this.reach = directory.callerReach();
    }

    /** The picker offers these units and finds them by name or alias. */
    public <C extends ComboBoxBase<C, UnitSummary, V>, V> void setUnits(C picker, Collection<UnitSummary> units) {
        picker.setItems((unit, filter) -> names(unit).matches(filter),
                units.stream().filter(u -> reach.sees(u.provinceId())).toList());
    }

    /**
     * For pickers whose items stand for units but are another module's records (a directive's parts, the dashboard's
     * choices): the same rule, by the unit id and the names each item carries.
     */
    public <T, C extends ComboBoxBase<C, T, V>, V> void setUnitItems(C picker, Collection<T> items, ToLongFunction<T> unitId,
            Function<T, String> nameTh, Function<T, String> nameEn) {
        picker.setItems((item, filter) -> new UnitNames(unitId.applyAsLong(item), nameTh.apply(item), nameEn.apply(item),
                null, aliasesOf(unitId.applyAsLong(item))).matches(filter), List.copyOf(items));
    }

    /** Like {@link #setUnits}; besides, the chosen unit's aliases show under the picker, so one sees what it is also called. */
    public void setUnitsShowingAliases(ComboBox<UnitSummary> picker, Collection<UnitSummary> units) {
        setUnits(picker, units);
        picker.addValueChangeListener(e -> {
            List<String> of = e.getValue() == null ? List.of() : aliases.getOrDefault(e.getValue().id(), List.of());
            picker.setHelperText(of.isEmpty() ? null : picker.getTranslation("org.alias.picker-helper", String.join(", ", of)));
        });
    }

    /** The unit with its aliases, for matching. */
    public UnitNames names(UnitSummary unit) {
        return new UnitNames(unit.id(), unit.nameTh(), unit.nameEn(), unit.kind(), aliases.getOrDefault(unit.id(), List.of()));
    }

    public List<String> aliasesOf(Long unitId) {
        return aliases.getOrDefault(unitId, List.of());
    }
}
