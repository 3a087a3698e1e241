package th.tidtam.work.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;


import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.ui.GridRows;
import th.tidtam.base.i18n.Translations;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.process.InboxFilter;
import th.tidtam.casework.Urgency;
import th.tidtam.process.WorkItem;
import th.tidtam.work.BulkTasks;
import th.tidtam.work.MyWork;
import th.tidtam.work.MyPositions;
import th.tidtam.work.SavedFilters;
import th.tidtam.work.TaskRegistry;

/**
 * My work: every open task of the positions I hold or act in today, most urgent first, then by due date, with the
 * working days left or overdue. Pages load lazily from the application's task table.
 */
@Route("work")
@PermitAll
@Menu(order = 5, title = "nav.my-work", icon = "vaadin:inbox")
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;

    public MyWorkView(MyWork work, TaskRegistry caseTypeWork, WorkingCalendar calendar, MyPositions myPositions,
            SavedFilters savedFilters, Translations translations, th.tidtam.casework.alert.Alerts alerts,
            th.tidtam.casework.CaseTypes caseTypes, Clock clock, BulkTasks bulkTasks) {
        this.clock = clock;
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = th.tidtam.base.i18n.Translations.isThai(locale);
        // the titles of my own positions, once: a task's candidate group is one of them
        Map<String, String> titles = new java.util.HashMap<>();
        myPositions.byCode().forEach((code, p) -> titles.put(code, p.title(thai)
                + (p.capacity() == th.tidtam.org.AssignmentKind.HOLDER ? ""
                        : " (" + getTranslation("org.capacity." + p.capacity().name()) + ")")));
        add(new H2(getTranslation("nav.my-work")));
        add(new th.tidtam.casework.ui.AlertsPanel(alerts, caseTypes, clock));

        MultiSelectComboBox<Urgency> urgency = new MultiSelectComboBox<>(getTranslation("directive.urgency"));
        urgency.setItems(Urgency.mostUrgentFirst());
        urgency.setItemLabelGenerator(u -> getTranslation("directive.urgency." + u.name()));
        Checkbox overdue = new Checkbox(getTranslation("work.overdue-only"));
        overdue.getElement().setAttribute("data-testid", "work-overdue");
        TextField text = new TextField(getTranslation("work.search"));
        text.setPlaceholder(getTranslation("work.search-placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.getElement().setAttribute("data-testid", "work-search");
        HorizontalLayout filters = new HorizontalLayout(urgency, overdue, text);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters);

        Grid<WorkItem> grid = new Grid<>();
        // the badge and the link are templates filled in the browser (LitRenderer), not server-side components: a
        // component per cell costs every open session a few KB of state per row shown
        grid.addColumn(LitRenderer.<WorkItem>of("<span theme=\"${item.theme}\">${item.urgency}</span>")
                .withProperty("urgency", item -> getTranslation("directive.urgency." + urgencyOf(item).name()))
                .withProperty("theme", item -> badgeTheme(urgencyOf(item))))
                .setHeader(getTranslation("directive.urgency")).setAutoWidth(true).setFlexGrow(0);
        // the task's name is a link (as a RouterLink renders it), so that a keyboard (Tab, Enter) opens it as a click
        // on the row does; the row's first column is the tick box of the bulk decisions
        Grid.Column<WorkItem> taskColumn = grid.addColumn(LitRenderer
                .<WorkItem>of("<a href=\"${item.href}\" router-link data-testid=\"open-task\">${item.task}</a>")
                .withProperty("href", item -> RouteConfiguration.forApplicationScope().getUrl(TaskView.class,
                        new RouteParameters("taskId", item.taskId())))
                .withProperty("task", item -> TaskNames.of(this, item)))
                .setHeader(getTranslation("work.task")).setFlexGrow(2);
        grid.addColumn(item -> Objects.requireNonNullElse(item.caseNumber(), "")).setHeader(getTranslation("work.case-number"))
                .setAutoWidth(true).setFlexGrow(0);
        // the subject of a work item without one of its own (free text stays out of the engine) is its case type's
        Map<String, String> subjects = new java.util.concurrent.ConcurrentHashMap<>();
        grid.addColumn(item -> item.subject() != null ? item.subject() : subjects.getOrDefault(caseKey(item), ""))
                .setHeader(getTranslation("directive.subject")).setFlexGrow(4);
        grid.addColumn(item -> timeLeft(item, calendar, locale)).setHeader(getTranslation("work.time-left")).setAutoWidth(true);
        grid.addColumn(item -> item.candidateGroups().stream().filter(titles::containsKey).map(titles::get)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("work.position")).setFlexGrow(2);

        CallbackDataProvider<WorkItem, InboxFilter> provider = new CallbackDataProvider<>(query -> {
            InboxFilter f = query.getFilter().orElse(InboxFilter.none());
            List<WorkItem> page = work.page(f, query.getOffset(), query.getLimit());
            // one query per case type and page for the subjects, never one per row
            page.stream().filter(w -> w.subject() == null && w.caseType() != null && w.caseId() != null)
                    .collect(Collectors.groupingBy(WorkItem::caseType, Collectors.mapping(WorkItem::caseId, Collectors.toSet())))
                    .forEach((type, ids) -> caseTypeWork.caseType(type).ifPresent(c -> c.subjects(ids)
                            .forEach((id, subject) -> subjects.put(type + ":" + id, subject))));
            return page.stream();
        }, query -> work.count(query.getFilter().orElse(InboxFilter.none())), WorkItem::taskId);
        ConfigurableFilterDataProvider<WorkItem, Void, InboxFilter> filtered = provider.withConfigurableFilter();
        grid.setItems(filtered);
        // ticking tasks for a bulk decision; a click on the row itself (not its tick box) still opens the task
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        GridRows.openOnEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(TaskView.class,
                new RouteParameters("taskId", item.taskId()))));
        grid.addItemClickListener(e -> {
            // (the task's own link opens it from its column)
            if (e.getColumn() != null && e.getColumn() != taskColumn) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", e.getItem().taskId())));
            }
        });
        grid.getElement().setAttribute("data-testid", "my-work");
        grid.setSizeFull();
        BulkActionBar bulkBar = new BulkActionBar(bulkTasks, caseTypeWork, translations, () -> {
            grid.deselectAll();
            filtered.refreshAll();
        });
        grid.addSelectionListener(e -> bulkBar.show(e.getAllSelectedItems()));
        add(bulkBar, grid);

        Supplier<InboxFilter> shown = () -> new InboxFilter(urgency.getValue().isEmpty() ? EnumSet.noneOf(Urgency.class)
                : EnumSet.copyOf(urgency.getValue()), overdue.getValue(), text.getValue());
        // applying a saved filter sets three fields: the grid reloads once, after the last
        boolean[] applyingSaved = {false};
        SavedFilterBar saved = new SavedFilterBar(savedFilters, translations, shown, f -> {
            applyingSaved[0] = true;
            urgency.setValue(f.urgencies());
            overdue.setValue(f.overdueOnly());
            text.setValue(Objects.requireNonNullElse(f.text(), ""));
            applyingSaved[0] = false;
            grid.deselectAll();
            filtered.setFilter(shown.get());
        });
        filters.add(saved);
        Runnable apply = () -> {
            if (!applyingSaved[0]) {
                // ticked tasks that the new filter hides would be acted on unseen
                grid.deselectAll();
                filtered.setFilter(shown.get());
                saved.shown(shown.get());
            }
        };
        urgency.addValueChangeListener(e -> apply.run());
        overdue.addValueChangeListener(e -> apply.run());
        text.addValueChangeListener(e -> apply.run());
    }

    private static String caseKey(WorkItem item) {
        return item.caseType() + ":" + item.caseId();
    }

    private static Urgency urgencyOf(WorkItem item) {
        return item.urgency() == null ? Urgency.NORMAL : item.urgency();
    }

    /** The badge's theme, as the Span of the component renderer had it (red for the two most urgent). */
    private static String badgeTheme(Urgency u) {
        return u == Urgency.MOST_URGENT || u == Urgency.VERY_URGENT ? "badge error" : "badge";
    }

    private String timeLeft(WorkItem item, WorkingCalendar calendar, Locale locale) {
        if (item.dueAt() == null) {
            return "";
        }
        LocalDate due = item.dueAt().atZone(clock.getZone()).toLocalDate();
        int days = calendar.workingDaysBetween(calendar.today(), due);
        if (days > 0) {
            return getTranslation("work.days-left", days);
        }
        if (days == 0) {
            return getTranslation("work.due-today");
        }
        return getTranslation("work.days-overdue", -days);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-work") + " · " + getTranslation("app.name");
    }
}
