package th.tidtam.work.ui;

import com.vaadin.flow.component.Component;

import th.tidtam.process.WorkItem;

/** A task's name in the reader's language: the models name tasks in Thai, the bundles add the English names. */
final class TaskNames {

    private TaskNames() {
    }

    static String of(Component in, WorkItem item) {
        if (item.taskDefinitionKey() == null) {
            return item.name();
        }
        String translated = in.getTranslation("task.name." + item.taskDefinitionKey());
        return translated.startsWith("!") ? item.name() : translated;
    }
}
