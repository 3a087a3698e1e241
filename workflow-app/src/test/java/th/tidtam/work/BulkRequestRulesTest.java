package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;

/**
 * A bulk request that is wrong as a whole is refused before any task is looked at: the guard, the registry and the
 * transactions are never reached (they are absent here, and would fail the test if touched).
 */
class BulkRequestRulesTest {

    private final BulkTasks bulk = new BulkTasks(null, null, null, null);

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (RuleViolation v) {
            return v.messageKey() + Arrays.toString(v.arguments());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void noTaskTooManyTasksAMalformedIdOrOutcomeIsRefusedWithItsOwnReason() {
        List<String> many = new ArrayList<>(IntStream.rangeClosed(1, 501).mapToObj(i -> "task-" + i).toList());
        assertThat(refusal(() -> bulk.complete(many, "ACKNOWLEDGE"))).isEqualTo("work.bulk.error.too-many[500, 501]");
        assertThat(refusal(() -> bulk.complete(List.of(), "ACKNOWLEDGE"))).startsWith("work.bulk.error.no-tasks");
        assertThat(refusal(() -> bulk.complete(null, "ACKNOWLEDGE"))).startsWith("work.bulk.error.no-tasks");
        assertThat(refusal(() -> bulk.complete(Arrays.asList("a1", null), "ACKNOWLEDGE"))).startsWith("work.bulk.error.task-id");
        assertThat(refusal(() -> bulk.complete(List.of("../../etc/passwd"), "ACKNOWLEDGE"))).startsWith("work.bulk.error.task-id");
        assertThat(refusal(() -> bulk.complete(List.of("x".repeat(65)), "ACKNOWLEDGE"))).startsWith("work.bulk.error.task-id");
        assertThat(refusal(() -> bulk.complete(List.of("a1"), " "))).startsWith("task.error.outcome-unknown");
        assertThat(refusal(() -> bulk.complete(List.of("a1"), "ACK'; --"))).startsWith("task.error.outcome-unknown");
        assertThat(refusal(() -> bulk.complete(List.of("a1"), null))).startsWith("task.error.outcome-unknown");
    }

    @Test
    void fiveHundredTasksPassTheRequestsChecksAndAFaultOnOneStopsTheRunWithTheRestReportedAsNotTried() {
        List<String> asked = new ArrayList<>(IntStream.rangeClosed(1, 499).mapToObj(i -> "task-" + i).toList());
        asked.add("task-1");
        // past the request's checks each task gets a transaction of its own: absent here, a fault on the first task
        BulkTasks.Result result = bulk.complete(asked, " acknowledge ");
        assertThat(result.outcome()).isEqualTo("ACKNOWLEDGE");
        assertThat(result.done()).isEmpty();
        assertThat(result.refused()).as("a task asked for twice is reported once").hasSize(499);
        assertThat(result.refused().get(0).messageKey()).isEqualTo("work.bulk.error.failed");
        assertThat(result.refused().subList(1, 499)).extracting(BulkTasks.Refusal::messageKey)
                .containsOnly("work.bulk.error.not-tried");
    }
}
