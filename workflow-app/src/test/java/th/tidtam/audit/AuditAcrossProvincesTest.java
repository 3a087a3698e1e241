package th.tidtam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.audit.domain.AuditEntry;
import th.tidtam.audit.domain.AuditFilter;
import th.tidtam.audit.service.AuditTrail;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The audit trail of two provinces: a province's administrator reads their own province's rows only, the
 * installation's administrator every row, and nobody else reads it at all.
 */
@IntegrationTest
class AuditAcrossProvincesTest {

    @Autowired ApiClient api;
    @Autowired SecondProvinceDemoData second;
    @Autowired WorkingCalendar calendar;
    @Autowired AuditTrail trail;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long partner(String user, String name) {
        ApiClient.Response r = api.post("/api/partners", user, Map.of("kind", "FOUNDATION", "nameTh", name, "phone", "1129"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private static AuditFilter rowsOf(long partnerId) {
        return new AuditFilter(null, null, null, null, null, "Partner", String.valueOf(partnerId), null, null);
    }

    @Test
    void aProvincesAdministratorReadsOnlyTheirProvincesRowsAndTheInstallationsAdministratorReadsAll() {
        long provinceB = second.ensureLoaded(calendar.today()).id();
        String run = Long.toString(System.nanoTime() % 100_000);
        long inA = partner("secretary", "มูลนิธิตรวจสอบ ก " + run);
        long inB = partner(SecondProvinceDemoData.SECRETARY, "มูลนิธิตรวจสอบ ข " + run);

        signIn(SecondProvinceDemoData.ADMINISTRATOR);
        assertThat(trail.search(rowsOf(inB), 0, 10)).isNotEmpty();
        assertThat(trail.search(rowsOf(inA), 0, 10)).isEmpty();
        assertThat(trail.count(rowsOf(inA))).isZero();
        assertThat(trail.search(AuditFilter.none(), 0, 200)).isNotEmpty().extracting(AuditEntry::getProvinceId)
                .containsOnly(provinceB);

        signIn("admin");
        assertThat(trail.search(rowsOf(inA), 0, 10)).isNotEmpty();
        assertThat(trail.search(rowsOf(inB), 0, 10)).isNotEmpty();

        signIn(SecondProvinceDemoData.GOVERNOR);
        assertThatThrownBy(() -> trail.search(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private void signIn(String username) {
        th.tidtam.support.SignIn.as(users, username);
    }
}
