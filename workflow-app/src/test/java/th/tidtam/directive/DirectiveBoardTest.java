package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.service.DirectiveBoard;
import th.tidtam.directive.service.DirectiveBoard.Light;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** The governor's traffic lights follow the due date in force and whether the units are done. */
@IntegrationTest
class DirectiveBoardTest {

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    DirectiveBoard board;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private long issue(int workingDays) {
        return directives.issue(directives.draft("กระดาน " + workingDays + " " + System.nanoTime(), "AG-18-HEAD")
                .text("ทดสอบสัญญาณไฟ").dueInWorkingDays(workingDays));
    }

    private DirectiveBoard.Row rowOf(long id) {
        UserDetails governor = users.loadUserByUsername("governor");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(governor, null, governor.getAuthorities()));
        return board.openDirectives().stream().filter(r -> r.directive().id() == id).findFirst().orElseThrow();
    }

    private Light lightOf(long id) {
        UserDetails governor = users.loadUserByUsername("governor");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(governor, null, governor.getAuthorities()));
        return board.openDirectives().stream().filter(r -> r.directive().id() == id).findFirst().orElseThrow().light();
    }

    @Test
    void aDirectiveWithTimeToSpareIsOnTrackOneCloseToItsDueDateIsAtRiskAndAPassedOneIsOverdue() {
        long spare = issue(15);
        long close = issue(2);
        long passed = issue(5);
        // time passes: the due date in force is now behind us
        jdbc.update("update directive set due_date = ? where id = ?", calendar.today().minusDays(3), passed);

        assertThat(lightOf(spare)).isEqualTo(Light.ON_TRACK);
        assertThat(lightOf(close)).isEqualTo(Light.AT_RISK);
        assertThat(lightOf(passed)).isEqualTo(Light.OVERDUE);
    }

    @Test
    void eachAgencyHasItsOwnLightAndTheNewestMeetingComesFirst() {
        Long health = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        Long banpho = org.positionByCode("DIST-05-CHIEF").orElseThrow().unitId();
        DirectiveFixtures.Draft draft = directives.draft("กระดานรายหน่วยงาน " + System.nanoTime(), health)
                .text("ทดสอบสัญญาณไฟรายหน่วยงาน").supporting(List.of(banpho)).dueInWorkingDays(15)
                .with("source", Map.of("kind", "MEETING", "meetingNumber", "1/2999"));
        long newestMeeting = directives.issue(draft);
        long earlierMeeting = directives.issue(draft.with("subject", "กระดานการประชุมก่อน " + System.nanoTime())
                .with("source", Map.of("kind", "MEETING", "meetingNumber", "12/2998")));
        // the district's part fell five working days behind; the provincial health office still has time
        jdbc.update("update directive_part set due_date = ? where directive_id = ? and unit_id = ?",
                calendar.today().minusDays(10), newestMeeting, banpho);

        DirectiveBoard.Row row = rowOf(newestMeeting);
        assertThat(row.meetingNumber()).isEqualTo("1/2999");
        Map<Long, DirectiveBoard.AgencyLight> lights = new HashMap<>();
        row.agencies().forEach(a -> lights.put(a.unitId(), a));
        assertThat(lights.get(banpho).light()).isEqualTo(Light.OVERDUE);
        assertThat(lights.get(banpho).workingDaysLate()).isPositive();
        assertThat(lights.get(health).light()).isEqualTo(Light.ON_TRACK);

        List<Long> order = board.openDirectives().stream().map(r -> r.directive().id()).toList();
        assertThat(order.indexOf(newestMeeting)).isZero();
        assertThat(order.indexOf(earlierMeeting)).isEqualTo(1);
    }
}
