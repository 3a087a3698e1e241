package th.tidtam.work;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import th.tidtam.process.WorkItem;

/**
 * The case types' contributions to "My work", by task key and by case type. Two handlers claiming one task key, or two
 * contributions for one case type, stop the application at start rather than one of them winning by accident.
 */
@Component
public class TaskRegistry {

    private final Map<String, TaskHandler> handlers = new HashMap<>();
    private final Map<String, CaseWorkItems> caseTypes;

    TaskRegistry(ObjectProvider<TaskHandler> handlers, ObjectProvider<CaseWorkItems> caseTypes) {
        handlers.orderedStream().forEach(h -> h.taskKeys().forEach(key -> {
            TaskHandler earlier = this.handlers.putIfAbsent(key, h);
            if (earlier != null) {
                throw new IllegalStateException("Task key " + key + " has two handlers: " + earlier.getClass().getName()
                        + " and " + h.getClass().getName());
            }
        }));
        this.caseTypes = caseTypes.orderedStream()
                .collect(Collectors.toUnmodifiableMap(CaseWorkItems::caseType, Function.identity()));
    }

    /** Every registered handler, once. */
    public java.util.Collection<TaskHandler> handlers() {
        return java.util.Set.copyOf(handlers.values());
    }

    /** The handler of the task's definition key, if a case type registered one. */
    public Optional<TaskHandler> handler(WorkItem item) {
        return Optional.ofNullable(item.taskDefinitionKey()).map(handlers::get);
    }

    /** What the work item's case type adds to it, if anything. */
    public Optional<CaseWorkItems> caseType(String caseType) {
        return Optional.ofNullable(caseType).map(caseTypes::get);
    }

    /** The properties the item's case type adds to its API row (none when the type registered nothing). */
    public Map<String, Object> caseFields(WorkItem item) {
        return caseType(item.caseType()).map(c -> c.caseFields(item)).orElse(Map.of());
    }
}
