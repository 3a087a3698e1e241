package th.tidtam.meeting.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.directive.Cadence;
import th.tidtam.meeting.ui.review.ProposalDraft.DueSource;
import th.tidtam.org.service.UnitNames;

/**
 * One proposal on the review screen: keep or drop it, edit its text, units, due date and cadence, split it in two or
 * merge the next one of its agenda item into it. Every edit goes straight into the {@link ProposalDraft}; the
 * warnings under it (unknown units, no unit, a date in the past or on a day off) follow the edits.
 */
final class ProposalCard extends VerticalLayout {

    private final ProposalDraft draft;
    private final DueDefaults defaults;
    private final Locale locale;
    private final Div warnings = new Div();
    private final Runnable changed;

    ProposalCard(ProposalDraft draft, int number, UnitChoices units, DueDefaults defaults, boolean mergeable,
            Runnable onSplit, Runnable onMerge, Runnable changed) {
        this.draft = draft;
        this.defaults = defaults;
        this.changed = changed;
        this.locale = getLocale();
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("margin-bottom", "var(--lumo-space-s)");
        getElement().setAttribute("data-testid", "proposal");
        getElement().setAttribute("data-item", draft.agendaItem());

        Checkbox keep = new Checkbox(getTranslation("meeting.ui.review.keep", number), draft.accepted);
        keep.getElement().setAttribute("data-testid", "proposal-keep");
        keep.addValueChangeListener(e -> {
            draft.accepted = e.getValue();
            dim();
            changed.run();
        });
        Button split = new Button(getTranslation("meeting.ui.review.split"), e -> onSplit.run());
        split.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        split.getElement().setAttribute("data-testid", "proposal-split");
        Button merge = new Button(getTranslation("meeting.ui.review.merge"), e -> onMerge.run());
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        merge.getElement().setAttribute("data-testid", "proposal-merge");
        merge.setVisible(mergeable);
        HorizontalLayout top = new HorizontalLayout(keep, new Span(), split, merge);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.expand(top.getComponentAt(1));
        add(top);

        TextArea text = new TextArea(getTranslation("meeting.ui.review.text"));
        text.setWidthFull();
        text.setValue(draft.text == null ? "" : draft.text);
        text.setValueChangeMode(ValueChangeMode.ON_BLUR);
        text.addValueChangeListener(e -> draft.text = e.getValue());
        text.getElement().setAttribute("data-testid", "proposal-text");
        add(text);

        add(unitFields(units), dueFields());
        Details source = new Details(getTranslation("meeting.ui.review.source"), new Span(draft.sourceText == null ? "" : draft.sourceText));
        source.getElement().setAttribute("data-testid", "proposal-source");
        warnings.getElement().setAttribute("data-testid", "proposal-warnings");
        add(warnings, source);
        refreshWarnings();
        dim();
    }

    private FormLayout unitFields(UnitChoices units) {
        ComboBox<UnitNames> lead = units.single(getTranslation("meeting.ui.review.lead"));
        lead.setValue(units.get(draft.leadUnitId));
        lead.getElement().setAttribute("data-testid", "proposal-lead");
        MultiSelectComboBox<UnitNames> supporting = units.multi(getTranslation("meeting.ui.review.supporting"));
        supporting.setValue(units.of(draft.supportingUnitIds));
        supporting.getElement().setAttribute("data-testid", "proposal-supporting");
        lead.addValueChangeListener(e -> {
            draft.leadUnitId = e.getValue() == null ? null : e.getValue().unitId();
            refreshWarnings();
        });
        supporting.addValueChangeListener(e -> {
            draft.supportingUnitIds = new ArrayList<>(e.getValue().stream().map(UnitNames::unitId).toList());
            refreshWarnings();
        });
        Checkbox districts = new Checkbox(getTranslation("meeting.ui.review.all-districts"), draft.allDistricts);
        districts.getElement().setAttribute("data-testid", "proposal-all-districts");
        districts.addValueChangeListener(e -> {
            draft.allDistricts = e.getValue();
            refreshWarnings();
        });
        Checkbox agencies = new Checkbox(getTranslation("meeting.ui.review.all-agencies"), draft.allAgencies);
        agencies.getElement().setAttribute("data-testid", "proposal-all-agencies");
        agencies.addValueChangeListener(e -> {
            draft.allAgencies = e.getValue();
            refreshWarnings();
        });
        FormLayout form = new FormLayout(lead, supporting, districts, agencies);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setWidthFull();
        return form;
    }

    private FormLayout dueFields() {
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("meeting.ui.review.due"));
        due.setValue(draft.dueDate);
        due.setHelperText(dueHelp());
        due.getElement().setAttribute("data-testid", "proposal-due");
        due.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draft.dueDate = e.getValue();
                draft.dueSource = DueSource.REVIEWER;
                due.setHelperText(dueHelp());
                refreshWarnings();
            }
        });
        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("meeting.ui.review.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("directive.cadence." + c.name()));
        cadence.setValue(draft.cadence);
        cadence.getElement().setAttribute("data-testid", "proposal-cadence");
        IntegerField days = new IntegerField(getTranslation("meeting.ui.review.cadence-days"));
        days.setMin(1);
        days.setMax(366);
        days.setValue(draft.cadenceDays);
        days.setVisible(draft.cadence == Cadence.EVERY_N_DAYS);
        days.addValueChangeListener(e -> draft.cadenceDays = e.getValue());
        cadence.addValueChangeListener(e -> {
            draft.cadence = e.getValue();
            days.setVisible(e.getValue() == Cadence.EVERY_N_DAYS);
            refreshWarnings();
        });
        FormLayout form = new FormLayout(due, cadence, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        form.setWidthFull();
        return form;
    }

    /** Where the date came from, in words: the phrase of the minutes, or the rule that chose it. */
    private String dueHelp() {
        String phrase = draft.duePhrase == null || draft.duePhrase.isBlank() ? ""
                : getTranslation("meeting.ui.review.due-phrase", draft.duePhrase) + " · ";
        String rule = switch (draft.dueSource) {
            case FROM_TEXT -> getTranslation("meeting.ui.review.due.FROM_TEXT");
            case NEXT_SITTING -> getTranslation("meeting.ui.review.due.NEXT_SITTING");
            case NEXT_SITTING_GUESSED -> getTranslation("meeting.ui.review.due.NEXT_SITTING_GUESSED");
            case FISCAL_YEAR_END -> getTranslation("meeting.ui.review.due.FISCAL_YEAR_END",
                    ThaiDates.formatLong(draft.dueDate, locale));
            case NONE -> getTranslation("meeting.ui.review.due.NONE");
            case REVIEWER -> getTranslation("meeting.ui.review.due.REVIEWER");
        };
        return phrase + rule;
    }

    private void refreshWarnings() {
        warnings.removeAll();
        List<String> lines = new ArrayList<>();
        if (!draft.unmatched.isEmpty()) {
            lines.add(getTranslation("meeting.ui.review.unmatched", draft.unmatched.stream().collect(Collectors.joining(", "))));
        }
        if (draft.withoutUnits()) {
            lines.add(getTranslation("meeting.ui.review.no-units"));
        }
        if (draft.dueDate == null) {
            lines.add(getTranslation("meeting.ui.review.no-due-date"));
        } else if (defaults.inThePast(draft.dueDate)) {
            lines.add(getTranslation("meeting.ui.review.due-in-past", ThaiDates.formatLong(draft.dueDate, locale)));
        } else if (!defaults.workingDay(draft.dueDate)) {
            lines.add(getTranslation("meeting.ui.review.due-not-working-day", ThaiDates.formatLong(draft.dueDate, locale)));
        }
        if (draft.cadence == Cadence.EVERY_N_DAYS && draft.cadenceDays == null) {
            lines.add(getTranslation("meeting.ui.review.cadence-days-missing"));
        }
        for (String line : lines) {
            Div w = new Div(new Span("⚠ " + line));
            w.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            w.getElement().setAttribute("data-testid", "proposal-warning");
            warnings.add(w);
        }
        changed.run();
    }

    private void dim() {
        getStyle().set("opacity", draft.accepted ? "1" : "0.55")
                .set("background", draft.accepted ? "var(--lumo-base-color)" : "var(--lumo-contrast-5pct)");
    }

    ProposalDraft draft() {
        return draft;
    }
}
