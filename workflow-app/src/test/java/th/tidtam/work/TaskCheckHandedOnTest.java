package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Completing a task over the API checks once that the task is mine: the case type's guard, in the same transaction,
 * takes the API's answer instead of asking again, once; every later check reads afresh.
 */
@IntegrationTest
class TaskCheckHandedOnTest {

    @Autowired
    ApiClient api;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    OrgDirectory org;
    @Autowired
    MyTasks myTasks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStepsGuardTakesTheApisAnswerOnceInTheSameTransaction() {
        long lead = org.positionByCode("AG-07-HEAD").orElseThrow().unitId();
        long id = directives.issue(directives.draft("ตรวจการส่งต่อ " + System.nanoTime(), lead));
        String screening = api.taskOf("head", id, "screenDirective");
        UserDetails head = users.loadUserByUsername("head");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(head, null, head.getAuthorities()));
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                Optional<MyTask> checked = myTasks.mineHandedOn(screening);
                assertThat(checked).isPresent();
                // from here on the task is nobody's in this transaction: only a check that asks again sees it
                jdbc.update("delete from work_item_group where task_id = ?", screening);

                assertThat(myTasks.mine(screening)).as("the guard's check takes the API's answer").isEqualTo(checked);
                assertThat(myTasks.mine(screening)).as("a later check asks again").isEmpty();
                status.setRollbackOnly();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(api.get("/api/tasks/" + screening, "head").status()).isEqualTo(200);
    }
}
