package th.tidtam.work.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.process.WorkItem;
import th.tidtam.work.BulkTasks;
import th.tidtam.work.TaskRegistry;

/**
 * The bar above "My work" for the tasks ticked in the grid: how many, and the decisions they all share that need no
 * more input (their case type's bulk outcomes), one button each. A decision is confirmed, then run task by task; the
 * summary says how many were done and, for each refused task, why. Tasks of different kinds share no button.
 */
class BulkActionBar extends Composite<HorizontalLayout> {

    private final BulkTasks bulk;
    private final TaskRegistry registry;
    private final Translations translations;
    private final Runnable afterRun;
    private final Span count = new Span();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private List<WorkItem> selected = List.of();

    BulkActionBar(BulkTasks bulk, TaskRegistry registry, Translations translations, Runnable afterRun) {
        this.bulk = bulk;
        this.registry = registry;
        this.translations = translations;
        this.afterRun = afterRun;
        HorizontalLayout bar = getContent();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getElement().setAttribute("data-testid", "bulk-bar");
        bar.getElement().setAttribute("role", "region");
        bar.getElement().setAttribute("aria-label", getTranslation("work.bulk.region"));
        count.getElement().setAttribute("aria-live", "polite");
        bar.add(count, buttons);
        show(Set.of());
    }

    /** The tasks now ticked in the grid. */
    void show(Set<WorkItem> items) {
        selected = List.copyOf(items);
        buttons.removeAll();
        getContent().setVisible(!selected.isEmpty());
        if (selected.isEmpty()) {
            return;
        }
        count.setText(getTranslation("work.bulk.selected", selected.size()));
        Set<String> outcomes = BulkTasks.commonOutcomes(registry, selected);
        if (outcomes.isEmpty()) {
            buttons.add(new Span(getTranslation(sameKind() ? "work.bulk.none-for-kind" : "work.bulk.mixed-kinds")));
            return;
        }
        String key = selected.get(0).taskDefinitionKey();
        outcomes.stream().sorted().forEach(outcome -> {
            Button b = new Button(getTranslation("task.bulk." + key + "." + outcome) + " (" + selected.size() + ")");
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            b.getElement().setAttribute("data-testid", "bulk-" + outcome.toLowerCase(java.util.Locale.ROOT));
            b.setDisableOnClick(true);
            b.addClickListener(e -> confirm(key, outcome, List.copyOf(selected), b));
            buttons.add(b);
        });
    }

    private boolean sameKind() {
        return selected.stream().map(WorkItem::taskDefinitionKey).distinct().count() == 1;
    }

    private void confirm(String key, String outcome, List<WorkItem> items, Button trigger) {
        Dialog dialog = new Dialog(getTranslation("task.bulk." + key + "." + outcome));
        dialog.getElement().setAttribute("data-testid", "bulk-confirm");
        dialog.setMaxWidth("34rem");
        dialog.add(new Paragraph(getTranslation("work.bulk.confirm", items.size())));
        Button go = new Button(getTranslation("work.bulk.go"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.getElement().setAttribute("data-testid", "bulk-go");
        go.addClickListener(e -> {
            dialog.close();
            run(outcome, items);
        });
        Button cancel = new Button(getTranslation("work.bulk.cancel"), e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                trigger.setEnabled(true);
            }
        });
        dialog.getFooter().add(cancel, go);
        dialog.open();
    }

    private void run(String outcome, List<WorkItem> items) {
        BulkTasks.Result result;
        try {
            result = bulk.complete(items.stream().map(WorkItem::taskId).toList(), outcome);
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
            return;
        }
        summary(result, items.stream().collect(Collectors.toMap(WorkItem::taskId, Function.identity(), (a, b) -> a)));
        afterRun.run();
    }

    private void summary(BulkTasks.Result result, Map<String, WorkItem> byId) {
        Dialog dialog = new Dialog(getTranslation("work.bulk.summary-title"));
        dialog.getElement().setAttribute("data-testid", "bulk-summary");
        dialog.setMaxWidth("48rem");
        Paragraph counts = new Paragraph(getTranslation("work.bulk.summary", result.done().size(), result.refused().size()));
        counts.getElement().setAttribute("data-testid", "bulk-summary-counts");
        dialog.add(counts);
        if (!result.refused().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.refused().stream().sorted(Comparator.comparing(BulkTasks.Refusal::taskId)).forEach(r -> {
                WorkItem item = byId.get(r.taskId());
                String what = item == null ? r.taskId()
                        : TaskNames.of(this, item) + (item.caseNumber() == null ? "" : " " + item.caseNumber());
                list.add(new ListItem(what + ": " + translations.getTranslation(r.messageKey(), getLocale(),
                        r.arguments().toArray())));
            });
            list.getElement().setAttribute("data-testid", "bulk-refused");
            dialog.add(list);
        }
        Button close = new Button(getTranslation("work.bulk.close"), e -> dialog.close());
        close.getElement().setAttribute("data-testid", "bulk-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
