package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Several units of one directive finish at the same moment (found by the load run: the engine's shared counters of the
 * parallel parts made one of them fail with "already done" although nobody else had touched that unit's task).
 * A progress report filed in that moment by a unit still at work must be taken too (the load run saw it fail when
 * another unit's part ended while the report looked for its own part's scope). Everyone's report is taken.
 */
@IntegrationTest
class UnitsFinishingAtOnceApiTest {

    private static final List<String> CHIEFS = List.of("district.banpho", "district.bangkhla", "district.bangpakong",
            "district.ratchasan", "district.plaengyao");
    private static final List<String> ALL = java.util.stream.Stream.concat(CHIEFS.stream(),
            java.util.stream.Stream.of("district.sanamchaikhet")).toList();

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Test
    void unitsOfOneDirectiveFinishingAtTheSameMomentAreAllTakenAndAProgressReportFiledMeanwhileToo() throws Exception {
        List<Long> units = new ArrayList<>();
        for (String chief : ALL) {
            units.add(api.get("/api/me", chief).body().get("positions").get(0).get("unitId").asLong());
        }
        long id = directives.issueScreened(directives.draft("สำรวจความเสียหายจากอุทกภัย " + System.nanoTime(), units.get(0))
                .text("ให้ทุกอำเภอสำรวจและรายงานผล").urgency("URGENT").supporting(units.subList(1, units.size()))
                .dueInWorkingDays(5).cadence("NONE"));
        Map<String, String> work = new HashMap<>();
        for (String chief : ALL) {
            assertThat(api.post("/api/tasks/" + api.taskOf(chief, id, "acknowledgePart") + "/complete", chief,
                    Map.of("outcome", "ACKNOWLEDGE")).status()).isEqualTo(204);
            work.put(chief, api.taskOf(chief, id, "reportOnPart"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(CHIEFS.size() + 1);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, Future<ApiClient.Response>> answers = new HashMap<>();
        for (String chief : CHIEFS) {
            answers.put(chief, pool.submit(() -> {
                go.await();
                return api.post("/api/tasks/" + work.get(chief) + "/complete", chief,
                        Map.of("outcome", "SUBMIT_FINAL", "note", "สำรวจครบทุกตำบลแล้ว"));
            }));
        }
        // meanwhile the last unit reports progress on its own part, which is still open
        String reporter = "district.sanamchaikhet";
        Future<ApiClient.Response> progress = pool.submit(() -> {
            go.await();
            return api.post("/api/tasks/" + work.get(reporter) + "/progress", reporter,
                    Map.of("progress", "ON_TRACK", "percent", 60, "note", "สำรวจแล้วหกตำบล"));
        });
        go.countDown();
        for (String chief : CHIEFS) {
            ApiClient.Response answer = answers.get(chief).get();
            assertThat(answer.status()).as("%s's final report: %s", chief, answer.raw()).isEqualTo(204);
            assertThat(api.taskOf(chief, id, "reportOnPart")).as("%s's work is done", chief).isNull();
        }
        ApiClient.Response reported = progress.get();
        assertThat(reported.status()).as("the progress report filed meanwhile: %s", reported.raw()).isEqualTo(201);
        pool.shutdown();
        List<String> kinds = api.get("/api/directives/" + id, "governor").body().get("timeline").findValuesAsText("kind");
        assertThat(kinds.stream().filter(k -> k.equals("FINAL_REPORT")).count())
                .as("one final report per unit on the timeline: %s", kinds).isEqualTo(CHIEFS.size());
    }
}
