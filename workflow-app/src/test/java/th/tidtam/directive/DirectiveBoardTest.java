package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.service.DirectiveBoard;
import th.tidtam.directive.service.DirectiveBoard.Light;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/** The governor's traffic lights follow the due date in force and whether the units are done. */
@IntegrationTest
class DirectiveBoardTest {

    @LocalServerPort
    int port;

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
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "กระดาน " + workingDays + " " + System.nanoTime());
        body.put("text", "ทดสอบสัญญาณไฟ");
        body.put("urgency", "NORMAL");
        body.put("leadUnitId", org.positionByCode("AG-18-HEAD").orElseThrow().unitId());
        body.put("supportingUnitIds", List.of());
        body.put("dueInWorkingDays", workingDays);
        return new ApiClient(port).post("/api/directives", "governor", body).body().get("id").asLong();
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
}
