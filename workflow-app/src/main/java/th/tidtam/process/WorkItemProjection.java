package th.tidtam.process;

import th.tidtam.casework.Urgency;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.base.time.ThaiDigits;

/**
 * Writes the {@code work_item} read model from the engine's task events, with plain JDBC on the application's
 * DataSource: the engine runs its commands in Spring transactions on that same DataSource, so these statements
 * join the command's transaction and commit or roll back with it. Which case a task belongs to is read from the
 * variables its process's {@link CaseProcess} names, else from the generic {@link WorkItemVariables}.
 */
@Component
class WorkItemProjection {

    static final Timestamp NO_DUE_DATE = Timestamp.valueOf(LocalDateTime.of(9999, 12, 31, 0, 0));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Map<String, CaseProcess> caseProcesses;
    private final ObjectProvider<CaseSubjects> subjectProviders;
    private volatile Map<String, CaseSubjects> subjects;
    private final OrgRouting routing;

    WorkItemProjection(JdbcTemplate jdbc, ObjectProvider<CaseProcess> caseProcesses,
            ObjectProvider<CaseSubjects> subjectProviders, ApplicationEventPublisher events, OrgRouting routing) {
        this.jdbc = jdbc;
        this.routing = routing;
        this.events = events;
        // two declarations for one process would be a programming error: refuse to start rather than pick one
        this.caseProcesses = caseProcesses.orderedStream()
                .collect(Collectors.toUnmodifiableMap(CaseProcess::processDefinitionKey, Function.identity()));
        this.subjectProviders = subjectProviders;
    }

    /**
     * The task was created or changed: write its row and its candidate groups as they are now; {@code opened}: the
     * task is new and its groups final, so announce it ({@link WorkItemOpened}).
     */
    void sync(DelegateTask task, String processDefinitionKey, List<String> candidateGroups, boolean opened) {
        DelegateExecution execution = task.getExecution();
        String businessKey = execution == null ? null : execution.getProcessBusinessKey();
        Urgency urgency = Urgency.of(task.getVariable(WorkItemVariables.URGENCY)).orElse(null);
        CaseProcess binding = caseProcesses.get(processDefinitionKey);
        String caseType = binding != null ? binding.caseType() : text(task.getVariable(WorkItemVariables.CASE_TYPE), 32);
        Long caseId = number(variable(task, binding == null ? WorkItemVariables.CASE_ID : binding.caseIdVariable()));
        String number = text(variable(task, binding == null ? WorkItemVariables.CASE_NUMBER : binding.caseNumberVariable()), 64);
        Long partId = number(variable(task, binding == null ? WorkItemVariables.CASE_PART_ID : binding.casePartVariable()));
        String subject = text(task.getVariable(WorkItemVariables.SUBJECT), 500);
        String otherWords = "";
        CaseSubjects caseSubjects = caseType == null || caseId == null ? null : subjects().get(caseType);
        if (caseSubjects != null) {
            if (subject == null) {
                subject = caseSubjects.subject(caseId).map(s -> truncate(s, 500)).orElse(null);
            }
            otherWords = caseSubjects.otherWords(caseId);
        }
        Timestamp created = timestamp(task.getCreateTime() == null ? new Date() : task.getCreateTime());
        Timestamp due = timestamp(task.getDueDate());

        jdbc.update("""
                insert into work_item (task_id, process_instance_id, process_definition_key, task_definition_key, name,
                    assignee, business_key, created_at, due_at, follow_up_at, priority, case_type, case_id, case_number,
                    subject, urgency, secrecy, case_part_id, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update task_definition_key = values(task_definition_key), name = values(name),
                    assignee = values(assignee), business_key = values(business_key), due_at = values(due_at),
                    follow_up_at = values(follow_up_at), priority = values(priority),
                    case_type = values(case_type), case_id = values(case_id), case_number = values(case_number),
                    subject = values(subject), urgency = values(urgency), secrecy = values(secrecy),
                    case_part_id = values(case_part_id), search_text = values(search_text)
                """, task.getId(), task.getProcessInstanceId(), processDefinitionKey, task.getTaskDefinitionKey(),
                text(task.getName(), 255), task.getAssignee(), businessKey, created, due,
                timestamp(task.getFollowUpDate()), task.getPriority(), caseType, caseId, number, subject,
                urgency == null ? null : urgency.name(), text(task.getVariable(WorkItemVariables.SECRECY), 16), partId,
                searchText(number, subject, otherWords));

        List<String> groups = candidateGroups.stream().filter(Objects::nonNull).distinct().sorted().toList();
        jdbc.update("delete from work_item_group where task_id = ?", task.getId());
        int rank = urgency == null ? Urgency.NORMAL.rank() : urgency.rank();
        Timestamp dueSort = due == null ? NO_DUE_DATE : due;
        jdbc.batchUpdate("insert into work_item_group (task_id, group_code, urgency_rank, due_sort, created_at) values (?, ?, ?, ?, ?)",
                groups.stream().map(g -> new Object[] { task.getId(), g, rank, dueSort, created }).toList());
        Optional<VacancyCovers.Cover> cover = VacancyCovers.take(task.getExecutionId(), task.getTaskDefinitionKey(), groups);
        if (cover.isEmpty() && opened) {
            cover = coverNamedByVariable(task, groups);
        }
        // written apart from the row: later changes of the task (moves included) keep what routing decided at creation
        cover.ifPresent(c -> jdbc.update("update work_item set meant_for_group = ?, covering_group = ? where task_id = ?",
                c.meantFor(), c.coveringGroup(), task.getId()));
        if (opened) {
            events.publishEvent(new WorkItemOpened(task.getId(), text(task.getName(), 255), groups, caseType, caseId, number,
                    subject, urgency, text(task.getVariable(WorkItemVariables.SECRECY), 16),
                    due == null ? null : due.toInstant()));
        }
    }

    /**
     * The position a process named in {@link WorkItemVariables#MEANT_FOR}, when the task went to the group doing that
     * position's work today instead of to the position itself.
     */
    private Optional<VacancyCovers.Cover> coverNamedByVariable(DelegateTask task, List<String> groups) {
        String meantFor = text(task.getVariable(WorkItemVariables.MEANT_FOR), 64);
        if (meantFor == null || meantFor.isBlank() || groups.contains(meantFor)) {
            return Optional.empty();
        }
        try {
            String covering = routing.groupToday(meantFor);
            return groups.contains(covering) && !covering.equals(meantFor)
                    ? Optional.of(new VacancyCovers.Cover(meantFor, covering)) : Optional.empty();
        } catch (IllegalArgumentException unknownPosition) {
            return Optional.empty();
        }
    }

    /** The task was completed or deleted: it is no one's work any more. */
    void remove(String taskId) {
        jdbc.update("delete from work_item where task_id = ?", taskId); // its groups go by the cascading foreign key
    }

    static String searchText(String number, String subject, String otherWords) {
        String joined = String.join(" ", number == null ? "" : number, subject == null ? "" : subject,
                otherWords == null ? "" : otherWords).trim();
        return joined.isEmpty() ? null : truncate(ThaiDigits.toArabic(joined), 600);
    }

    /** Looked up on first use: the features' beans may themselves need the engine, which needs this projection. */
    private Map<String, CaseSubjects> subjects() {
        Map<String, CaseSubjects> known = subjects;
        if (known == null) {
            known = subjectProviders.orderedStream()
                    .collect(Collectors.toUnmodifiableMap(CaseSubjects::caseType, Function.identity()));
            subjects = known;
        }
        return known;
    }

    /** The variable's value as the task sees it (its own scope, then outwards); null when the name is null. */
    private static Object variable(DelegateTask task, String name) {
        return name == null ? null : task.getVariable(name);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static String text(Object value, int max) {
        return value == null ? null : truncate(value.toString(), max);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Long.valueOf(ThaiDigits.toArabic(s.trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
