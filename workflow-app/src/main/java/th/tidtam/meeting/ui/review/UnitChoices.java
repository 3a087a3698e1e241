package th.tidtam.meeting.ui.review;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import th.tidtam.org.service.UnitNames;

/**
 * The units a directive may go to, for the review's pickers: found by Thai or English name or by any alias or
 * abbreviation officials write (สสจ., ปภ.จังหวัด), as the org directory's own search does.
 */
final class UnitChoices {

    private final Map<Long, UnitNames> byId = new LinkedHashMap<>();
    private final boolean thai;

    UnitChoices(List<UnitNames> units, boolean thai) {
        this.thai = thai;
        units.stream().filter(u -> u.kind().takesDirectives()).forEach(u -> byId.put(u.unitId(), u));
    }

    Collection<UnitNames> all() {
        return byId.values();
    }

    UnitNames get(Long id) {
        return id == null ? null : byId.get(id);
    }

    String label(UnitNames u) {
        return thai ? u.nameTh() : u.nameEn();
    }

    String label(Long id) {
        UnitNames u = get(id);
        return u == null ? String.valueOf(id) : label(u);
    }

    /** True when the unit's name, English name or an alias contains the typed text (org's one matching rule). */
    static boolean matches(UnitNames u, String typed) {
        return u.matches(typed);
    }

    ComboBox<UnitNames> single(String label) {
        ComboBox<UnitNames> box = new ComboBox<>(label);
        box.setItems(UnitChoices::matches, all());
        box.setItemLabelGenerator(this::label);
        box.setClearButtonVisible(true);
        return box;
    }

    MultiSelectComboBox<UnitNames> multi(String label) {
        MultiSelectComboBox<UnitNames> box = new MultiSelectComboBox<>(label);
        box.setItems(UnitChoices::matches, all());
        box.setItemLabelGenerator(this::label);
        return box;
    }

    List<UnitNames> of(Collection<Long> ids) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
