package th.tidtam.work.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.work.MyTask;
import th.tidtam.work.MyTasks;

/**
 * One task of mine: its name, the position through which it is mine, and the form its case type registered for the
 * step ({@link TaskForm}) with the case's context and the decisions it accepts. Someone else's task, or one already
 * done, is simply not found.
 */
@Route("work/:taskId")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyTasks myTasks;
    private final TaskForms forms;
    private final Translations translations;
    private String title = "";

    public TaskView(MyTasks myTasks, TaskForms forms, Translations translations) {
        this.myTasks = myTasks;
        this.forms = forms;
        this.translations = translations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse(null);
        MyTask task = myTasks.mine(taskId).orElseThrow(NotFoundException::new);
        // rendered before anything is shown: a case the user may not see leaves the screen "not found", not half drawn
        Component body = forms.of(task.item().taskDefinitionKey())
                .map(form -> form.render(task, new TaskActions(translations)))
                .orElseGet(() -> new Paragraph(getTranslation("work.unknown-task")));
        removeAll();
        boolean thai = Translations.isThai(getLocale());
        title = TaskNames.of(this, task.item());
        add(new H2(title));
        add(new Paragraph(getTranslation("work.as-position", task.via().title(thai),
                getTranslation("org.capacity." + task.via().capacity().name()))));
        add(body);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
