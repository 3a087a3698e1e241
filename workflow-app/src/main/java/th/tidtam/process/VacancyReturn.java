package th.tidtam.process;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.org.PositionFilled;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * Work follows the post back (issue 16): when a position gets a holder or an acting holder, every open task that
 * routing had given to a superior because a position was vacant ({@code work_item.meant_for_group}, noted when the
 * task was created) goes to whoever must do that position's work today — the position itself now, or a nearer
 * superior while it is still vacant. All in the transaction that recorded the assignment: the assignment, the moves
 * and the timeline entries commit together or not at all. The superior's own tasks carry no such note and never move;
 * neither does a task somebody has since moved elsewhere (it is no longer with the group that covered for the post).
 */
@Component
class VacancyReturn {

    /** The timeline entry each case type shows (its screens translate {@code <type>.event.WORK_RETURNED}). */
    enum TimelineKind {
        WORK_RETURNED
    }

    private record Noted(String taskId, String meantFor, String covering, String caseType, Long caseId, Long partId) {
    }

    private final JdbcTemplate jdbc;
    private final WorkRouting routing;
    private final OrgRouting orgRouting;
    private final OrgDirectory org;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VacancyReturn(JdbcTemplate jdbc, WorkRouting routing, OrgRouting orgRouting, OrgDirectory org, Timeline timeline,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.routing = routing;
        this.orgRouting = orgRouting;
        this.org = org;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Order(0)
    @Transactional(propagation = Propagation.MANDATORY)
    public void positionFilled(PositionFilled filled) {
        returnWork();
    }

    /**
     * Shortly after midnight (Bangkok): an assignment recorded earlier that takes effect today fills its post now, and
     * nobody saves anything that day to say so. Few rows carry a note, so the look costs little; on several nodes a
     * second run finds nothing left to move (or loses the engine's optimistic lock and leaves it to the first).
     */
    @Scheduled(cron = "${tidtam.vacancy.return-cron:0 5 0 * * *}", zone = ApplicationZone.NAME)
    void atTheStartOfTheDay() {
        transaction.executeWithoutResult(status -> returnWork());
    }

    /**
     * Moves every noted task whose covering group is no longer the one that must do the meant position's work; returns
     * how many moved. Few rows carry a note (only work sent up by a vacancy), so all of them are looked at: a filled
     * post may also bring nearer the work of a vacant post below it.
     */
    int returnWork() {
        List<Noted> noted = jdbc.query("""
                select task_id, meant_for_group, covering_group, case_type, case_id, case_part_id from work_item
                 where meant_for_group is not null order by created_at, task_id
                """, (rs, i) -> new Noted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class)));
        Set<String> recorded = new HashSet<>();
        int moved = 0;
        for (Noted n : noted) {
            String today;
            try {
                today = orgRouting.groupToday(n.meantFor());
            } catch (IllegalArgumentException positionGone) {
                continue;
            }
            if (today.equals(n.covering()) || routing.moveTasks(List.of(n.taskId()), n.covering(), today) == 0) {
                continue;
            }
            moved++;
            boolean home = today.equals(n.meantFor());
            jdbc.update("update work_item set meant_for_group = ?, covering_group = ? where task_id = ?",
                    home ? null : n.meantFor(), home ? null : today, n.taskId());
            Optional<PositionSummary> from = org.positionByCode(n.covering());
            Optional<PositionSummary> to = org.positionByCode(today);
            Long fromId = from.map(PositionSummary::id).orElse(null);
            Long toId = to.map(PositionSummary::id).orElse(null);
            if (n.caseType() != null && n.caseId() != null
                    && recorded.add(n.caseType() + ":" + n.caseId() + ":" + n.partId() + ":" + n.covering() + ":" + today)) {
                // both positions on the case's timeline, as the Thai official record names them
                // on the whole case: what a work item calls its sub-part differs by case type (a directive's unit)
                timeline.record(CaseRef.of(n.caseType(), n.caseId()), null, TimelineKind.WORK_RETURNED,
                        new ActorStamp(null, toId, null), title(from, n.covering()) + " → " + title(to, today), clock.instant());
            }
            events.publishEvent(new WorkReturnedToPost(n.taskId(), n.caseType(), n.caseId(), n.partId(), n.covering(),
                    today, fromId, toId));
        }
        return moved;
    }

    private static String title(Optional<PositionSummary> position, String code) {
        return position.map(PositionSummary::titleTh).orElse(code);
    }
}
