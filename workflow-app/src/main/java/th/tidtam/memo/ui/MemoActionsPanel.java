package th.tidtam.memo.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.service.DecideMemo;
import th.tidtam.memo.service.MemoChain;
import th.tidtam.memo.service.MemoDecisions;
import th.tidtam.memo.service.MemoDetails;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitNames;

/**
 * What the user may do with the memo now: the drafter sends it up or withdraws it; the level it waits at writes its
 * annotation and presents it, returns it, or decides (with the units and due date when assigning).
 */
class MemoActionsPanel extends VerticalLayout {

    MemoActionsPanel(MemoDetails m, MemoDrafting drafting, MemoChain chain, MemoDecisions decisions, OrgDirectory org,
            Runnable changed) {
        setPadding(false);
        MemoDetails.Actions can = m.actions();
        TextArea note = new TextArea(getTranslation("memo.field.note"));
        note.setWidthFull();
        note.setMaxLength(4000);
        note.getElement().setAttribute("data-testid", "memo-note");
        HorizontalLayout buttons = new HorizontalLayout();
        if (can.submit()) {
            buttons.add(button("memo.action.submit", "memo-submit", true,
                    () -> MemoActions.run(() -> drafting.submit(m.id(), note.getValue()), changed)));
        }
        if (can.withdraw()) {
            buttons.add(button("memo.action.withdraw", "memo-withdraw", false,
                    () -> MemoActions.run(() -> drafting.withdraw(m.id(), note.getValue()), changed)));
        }
        Select<MemoPurpose> purpose = new Select<>();
        if (can.present()) {
            purpose.setLabel(getTranslation("memo.field.purpose"));
            purpose.setItems(MemoPurpose.values());
            purpose.setItemLabelGenerator(p -> getTranslation("memo.purpose." + p.name()));
            purpose.setValue(m.purpose());
            buttons.add(button("memo.action.present", "memo-present", true, () -> MemoActions.run(() -> chain.present(m.id(),
                    purpose.getValue() == null ? null : purpose.getValue().name(), note.getValue()), changed)));
        }
        if (can.returnIt()) {
            buttons.add(button("memo.action.return", "memo-return", false,
                    () -> MemoActions.run(() -> chain.returnForCorrection(m.id(), note.getValue()), changed)));
        }
        if (!can.submit() && !can.present() && !can.returnIt() && !can.decide()) {
            return;
        }
        add(note);
        if (can.present()) {
            add(purpose);
        }
        if (can.decide()) {
            add(decide(m, decisions, org, note, changed));
        }
        add(buttons);
    }

    private HorizontalLayout decide(MemoDetails m, MemoDecisions decisions, OrgDirectory org, TextArea note, Runnable changed) {
        boolean thai = Translations.isThai(getLocale());
        Select<Decision> decision = new Select<>();
        decision.setLabel(getTranslation("memo.field.decision"));
        decision.setItems(Arrays.stream(Decision.values()).filter(m.actions().decisions()::contains).toList());
        decision.setItemLabelGenerator(d -> getTranslation("memo.decision." + d.name()));
        decision.getElement().setAttribute("data-testid", "memo-decision");
        // the units of the memo's province (its drafter's): a decision never assigns another province's units
        List<UnitNames> units = org.position(m.drafterPositionId()).map(p -> org.unitNames(p.provinceId())).orElse(List.of());
        ComboBox<UnitNames> lead = new ComboBox<>(getTranslation("memo.field.lead-unit"), units);
        lead.setItemLabelGenerator(u -> thai ? u.nameTh() : u.nameEn());
        MultiSelectComboBox<UnitNames> supporting = new MultiSelectComboBox<>(getTranslation("memo.field.supporting-units"), units);
        supporting.setItemLabelGenerator(u -> thai ? u.nameTh() : u.nameEn());
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("memo.field.due-date"));
        Runnable assignFields = () -> {
            boolean assign = decision.getValue() == Decision.ASSIGN;
            lead.setVisible(assign);
            supporting.setVisible(assign);
            due.setVisible(assign);
        };
        decision.addValueChangeListener(e -> assignFields.run());
        assignFields.run();
        Button go = button("memo.action.decide", "memo-decide", true, () -> MemoActions.run(() -> decisions.decide(m.id(),
                new DecideMemo(decision.getValue() == null ? null : decision.getValue().name(), note.getValue(),
                        lead.getValue() == null ? null : lead.getValue().unitId(),
                        supporting.getValue().stream().map(UnitNames::unitId).toList(), due.getValue())), changed));
        HorizontalLayout row = new HorizontalLayout(decision, lead, supporting, due, go);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private Button button(String key, String testId, boolean primary, Runnable action) {
        Button b = new Button(getTranslation(key));
        // disabled while the step runs (no double submit from the browser); enabled again when it was refused
        b.addClickListener(e -> {
            action.run();
            b.setEnabled(true);
        });
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        b.setDisableOnClick(true);
        b.getElement().setAttribute("data-testid", testId);
        return b;
    }
}
