package th.tidtam.directive.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.Urgency;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.service.DirectiveSearch;
import th.tidtam.org.service.UnitSummary;

/**
 * The directives list's search fields, and the same search as the address's query parameters ({@code q}, {@code
 * status}, {@code urgency}, {@code unit}, {@code meeting}, {@code overdue}, {@code sort}, {@code desc}). A value in a
 * bookmarked address that means nothing (an unknown status, a unit that is gone) is left out; a text the rules refuse
 * is said so and left out.
 */
class DirectiveFilters extends Composite<FormLayout> {

    /** The sort an address asked for, if any. */
    record FromAddress(DirectiveSearch.Sort sort, boolean descending) {
    }

    private final TextField text = new TextField();
    private final MultiSelectComboBox<DirectiveStatus> status = new MultiSelectComboBox<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<String> meeting = new ComboBox<>();
    private final MultiSelectComboBox<Urgency> urgency = new MultiSelectComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Translations translations;
    private Runnable onChange = () -> { };

    DirectiveFilters(List<UnitSummary> units, List<String> meetings, Translations translations, boolean thai) {
        this.translations = translations;
        text.setLabel(getTranslation("directive.search.text"));
        text.setPlaceholder(getTranslation("directive.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(DirectiveSearch.MAX_TEXT);
        text.getElement().setAttribute("data-testid", "directives-search");
        status.setLabel(getTranslation("directive.status"));
        status.setItems(DirectiveStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("directive.status." + s.name()));
        status.getElement().setAttribute("data-testid", "directives-status");
        unit.setLabel(getTranslation("directive.search.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(thai));
        unit.setClearButtonVisible(true);
        unit.getElement().setAttribute("data-testid", "directives-unit");
        meeting.setLabel(getTranslation("directive.search.meeting"));
        meeting.setItems(meetings);
        meeting.setClearButtonVisible(true);
        meeting.getElement().setAttribute("data-testid", "directives-meeting");
        urgency.setLabel(getTranslation("directive.urgency"));
        urgency.setItems(Urgency.mostUrgentFirst());
        urgency.setItemLabelGenerator(u -> getTranslation("directive.urgency." + u.name()));
        urgency.getElement().setAttribute("data-testid", "directives-urgency");
        overdue.setLabel(getTranslation("directive.search.overdue"));
        overdue.getElement().setAttribute("data-testid", "directives-overdue");
        FormLayout form = getContent();
        form.add(text, 2);
        form.add(status, unit, meeting, urgency, overdue);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3),
                new FormLayout.ResponsiveStep("70em", 7));
        text.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        unit.addValueChangeListener(e -> onChange.run());
        meeting.addValueChangeListener(e -> onChange.run());
        urgency.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The search the fields show; empty (and the reason told) when the text breaks a rule. */
    Optional<DirectiveSearch> current() {
        try {
            DirectiveSearch search = new DirectiveSearch(text.getValue(), status.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(), meeting.getValue(), urgency.getValue(),
                    overdue.getValue(), null, true);
            text.setInvalid(false);
            return Optional.of(search);
        } catch (RuleViolation refused) {
            text.setInvalid(true);
            text.setErrorMessage(translations.message(refused, getLocale()));
            return Optional.empty();
        }
    }

    /** Sets the fields from the address's query parameters; answers the sort it asks for. */
    FromAddress restore(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String q = first(p, "q");
        try {
            new DirectiveSearch(q, Set.of(), null, null, Set.of(), false, null, true);
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
            q = null;
        }
        text.setValue(Objects.requireNonNullElse(q, ""));
        status.setValue(enums(p.get("status"), DirectiveStatus.class));
        urgency.setValue(enums(p.get("urgency"), Urgency.class));
        String unitId = first(p, "unit");
        unit.setValue(unitId == null ? null : unit.getListDataView().getItems()
                .filter(u -> String.valueOf(u.id()).equals(unitId)).findFirst().orElse(null));
        String m = first(p, "meeting");
        meeting.setValue(m == null ? null : meeting.getListDataView().getItems().filter(m::equals).findFirst().orElse(null));
        overdue.setValue("1".equals(first(p, "overdue")) || "true".equals(first(p, "overdue")));
        DirectiveSearch.Sort sort = enums(p.get("sort"), DirectiveSearch.Sort.class).stream().findFirst().orElse(null);
        return new FromAddress(sort, "1".equals(first(p, "desc")) || "true".equals(first(p, "desc")));
    }

    /** The fields and the sort as query parameters, only those that narrow or order anything. */
    String toAddress(DirectiveSearch.Sort sort, boolean descending) {
        List<String> parts = new ArrayList<>();
        if (!text.getValue().isBlank()) {
            parts.add("q=" + encode(text.getValue().trim()));
        }
        status.getValue().stream().sorted().forEach(s -> parts.add("status=" + s.name()));
        urgency.getValue().stream().sorted().forEach(u -> parts.add("urgency=" + u.name()));
        if (unit.getValue() != null) {
            parts.add("unit=" + unit.getValue().id());
        }
        if (meeting.getValue() != null) {
            parts.add("meeting=" + encode(meeting.getValue()));
        }
        if (overdue.getValue()) {
            parts.add("overdue=1");
        }
        if (sort != null) {
            parts.add("sort=" + sort.name());
            if (descending) {
                parts.add("desc=1");
            }
        }
        return String.join("&", parts);
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type) {
        if (values == null) {
            return Set.of();
        }
        Set<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).filter(known::contains)
                .map(v -> Enum.valueOf(type, v)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
