package th.tidtam.work.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The registered task forms by task key; two forms for one key stop the application at start. */
@Component
class TaskForms {

    private final Map<String, TaskForm> byKey = new HashMap<>();

    TaskForms(ObjectProvider<TaskForm> forms) {
        forms.orderedStream().forEach(form -> form.taskKeys().forEach(key -> {
            TaskForm earlier = byKey.putIfAbsent(key, form);
            if (earlier != null) {
                throw new IllegalStateException("Task key " + key + " has two forms: " + earlier.getClass().getName()
                        + " and " + form.getClass().getName());
            }
        }));
    }

    Optional<TaskForm> of(String taskKey) {
        return Optional.ofNullable(taskKey).map(byKey::get);
    }
}
