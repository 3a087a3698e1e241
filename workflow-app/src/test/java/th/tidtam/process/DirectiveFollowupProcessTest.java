package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/**
 * The governor's directive is screened by the head of office's position, with questions going back to the governor.
 * Plain engine API and AssertJ (no camunda-bpm-assert): the same test runs on Camunda 7 and on Operaton.
 */
@IntegrationTest
class DirectiveFollowupProcessTest {

    private static final String PROCESS = "directive-followup";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    OrgDirectory directory;
    @Autowired
    OrgAdministration admin;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aQuestionGoesBackToTheGovernorAndTheAnsweredDirectiveIsScreenedAgain() {
        ProcessInstance directive = runtime.startProcessInstanceByKey(PROCESS, "directive-" + UUID.randomUUID(), aChachoengsaoDirective());

        assertThat(waitingAt(directive)).containsExactly("screenDirective");
        Task screening = task(directive);
        assertThat(candidateGroups(screening)).containsExactly("HEAD-OF-OFFICE");
        assertThat(screening.getAssignee()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceId(directive.getId()).taskCandidateUser("head").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(directive.getId()).taskCandidateUser("staff").count())
                .isZero();
        tasks.complete(screening.getId(), Map.of("outcome", "RETURN"));

        assertThat(waitingAt(directive)).containsExactly("answerQuestion");
        Task question = task(directive);
        assertThat(candidateGroups(question)).containsExactly("GOVERNOR");
        tasks.complete(question.getId());

        assertThat(waitingAt(directive)).containsExactly("screenDirective");
        assertThat(candidateGroups(task(directive))).containsExactly("HEAD-OF-OFFICE");
        assertThat(passed(directive)).containsSubsequence("screenDirective", "answerQuestion", "screenDirective");
        // the units' part needs a real directive: DirectiveLifecycleApiTest follows it from here
        runtime.deleteProcessInstance(directive.getId(), "test finished");
    }

    @Test
    void whileTheHeadOfOfficeIsVacantScreeningGoesToTheGovernor() {
        Long head = directory.positionByCode("HEAD-OF-OFFICE").orElseThrow().id();
        Actor holder = directory.actorsFor(head).stream().filter(a -> a.username().equals("head")).findFirst().orElseThrow();
        LocalDate yesterday = directory.today().minusDays(1);
        // shared demo data: vacate the post for this test only, and put the holder back whatever happens
        admin.endAssignment(holder.assignmentId(), yesterday);
        try {
            assertThat(directory.actorsFor(head)).isEmpty();

            ProcessInstance directive = runtime.startProcessInstanceByKey(PROCESS, "directive-" + UUID.randomUUID(), aChachoengsaoDirective());

            assertThat(waitingAt(directive)).containsExactly("screenDirective");
            assertThat(candidateGroups(task(directive))).containsExactly("GOVERNOR");
            runtime.deleteProcessInstance(directive.getId(), "test finished");
        } finally {
            tx.executeWithoutResult(s -> assignments.findById(holder.assignmentId()).orElseThrow().setValidTo(null));
        }
        assertThat(directory.actorsFor(head)).extracting(Actor::username).containsExactly("head");
    }

    /** The process routes the governor's and head of office's steps by its directive's province: one of Chachoengsao. */
    private Map<String, Object> aChachoengsaoDirective() {
        return Map.of("directiveId", jdbc.queryForObject("select min(id) from directive where province_id ="
                + " (select id from province where code = 'TH-24')", Long.class));
    }

    private List<String> waitingAt(ProcessInstance instance) {
        return runtime.getActiveActivityIds(instance.getId());
    }

    /** The one open task of the instance (fails if there are none or several). */
    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    /** The user tasks the instance went through, in the order the engine ran them (its sequence counter, not time). */
    private List<String> passed(ProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("userTask").orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
