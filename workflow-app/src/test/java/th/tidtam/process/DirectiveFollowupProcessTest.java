package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/** The governor's directive is screened by the head of office's position, with questions going back to the governor. */
@IntegrationTest
class DirectiveFollowupProcessTest {

    private static final String PROCESS = "directive-followup";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    OrgDirectory directory;
    @Autowired
    OrgAdministration admin;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void bindAssertionsToTheEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void aQuestionGoesBackToTheGovernorAndTheAnsweredDirectiveIsScreenedAgain() {
        ProcessInstance directive = runtimeService().startProcessInstanceByKey(PROCESS, "directive-" + UUID.randomUUID());

        assertThat(directive).isWaitingAt("screenDirective");
        assertThat(task(directive)).hasCandidateGroup("HEAD-OF-OFFICE").isNotAssigned();
        assertThat(taskService().createTaskQuery().processInstanceId(directive.getId()).taskCandidateUser("head").count())
                .isEqualTo(1);
        assertThat(taskService().createTaskQuery().processInstanceId(directive.getId()).taskCandidateUser("staff").count())
                .isZero();
        complete(task(directive), withVariables("outcome", "RETURN"));

        assertThat(directive).isWaitingAt("answerQuestion");
        assertThat(task(directive)).hasCandidateGroup("GOVERNOR");
        complete(task(directive));

        assertThat(directive).isWaitingAt("screenDirective");
        assertThat(task(directive)).hasCandidateGroup("HEAD-OF-OFFICE");
        assertThat(directive).hasPassedInOrder("screenDirective", "answerQuestion");
        // the units' part needs a real directive: DirectiveLifecycleApiTest follows it from here
        runtimeService().deleteProcessInstance(directive.getId(), "test finished");
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

            ProcessInstance directive = runtimeService().startProcessInstanceByKey(PROCESS, "directive-" + UUID.randomUUID());

            assertThat(directive).isWaitingAt("screenDirective");
            assertThat(task(directive)).hasCandidateGroup("GOVERNOR");
            runtimeService().deleteProcessInstance(directive.getId(), "test finished");
        } finally {
            tx.executeWithoutResult(s -> assignments.findById(holder.assignmentId()).orElseThrow().setValidTo(null));
        }
        assertThat(directory.actorsFor(head)).extracting(Actor::username).containsExactly("head");
    }
}
