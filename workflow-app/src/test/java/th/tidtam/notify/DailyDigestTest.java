package th.tidtam.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.notify.domain.Outbox;
import th.tidtam.notify.domain.OutboxMessage;
import th.tidtam.notify.service.DailyDigest;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * The daily digest: one message for a person whose work comes through two positions (one held, one acted in), in
 * their language, naming both; once a day even when two nodes compose the day at the same moment; nothing to say, no
 * message.
 */
@IntegrationTest
class DailyDigestTest {

    @Autowired
    DailyDigest digest;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory org;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aPersonWithWorkThroughTwoPositionsGetsOneDigestNamingBothOnTheNextWorkingDay() {
        NotifyFixtures fx = new NotifyFixtures(admin);
        long director = org.positionByCode("GRP-ADMIN-DIR").orElseThrow().id();
        PositionSummary held = fx.headedUnit("DIGEST-HELD", null, director);
        PositionSummary acted = fx.headedUnit("DIGEST-ACTED", null, director);
        PersonSummary person = fx.person("digest", null);
        fx.hold(held.id(), person.id(), org.today().minusDays(3));
        fx.act(acted.id(), person.id(), org.today().minusDays(3));
        String first = "ซ่อมถนนสายบ้านโพธิ์ " + System.nanoTime();
        String second = "ขุดลอกคลองท่าไข่ " + System.nanoTime();
        long a = directives.issueScreened(DirectiveFixtures.Draft.of(first, held.unitId()).dueInWorkingDays(2));
        long b = directives.issueScreened(DirectiveFixtures.Draft.of(second, acted.unitId()).dueInWorkingDays(10));

        LocalDate day = calendar.nextWorkingDay(org.today().plusDays(1));
        Instant morning = ZonedDateTime.of(day, java.time.LocalTime.of(7, 30), ApplicationZone.ID).toInstant();
        digest.writeFor(person.id(), day, morning); // (the other test's run of the same day may have written it first)
        assertThat(digest.writeFor(person.id(), day, morning)).as("once a day").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedupe_key = ?", Integer.class,
                "digest:" + day + ":person:" + person.id())).isEqualTo(1);

        OutboxMessage m = outbox.byDedupeKey("digest:" + day + ":person:" + person.id()).orElseThrow();
        assertThat(m.kind()).isEqualTo("DIGEST");
        assertThat(m.address()).isEqualTo(person.email());
        assertThat(m.bodyText()).contains(first).contains(second).contains(held.titleTh()).contains(acted.titleTh())
                .contains("งานใหม่ (").contains("http://localhost:8080/work/").contains("เรียน คุณทดสอบ digest");
        assertThat(m.bodyText()).as("the acknowledgement of the first is due within 3 working days")
                .contains("ครบกำหนดภายใน 3 วันทำการ");
        assertThat(m.subject()).contains("สรุปงานประจำวัน").contains(String.valueOf(day.getYear() + 543));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void twoNodesComposingTheSameDayWriteOneDigestPerPerson() throws Exception {
        NotifyFixtures fx = new NotifyFixtures(admin);
        PositionSummary held = fx.headedUnit("DIGEST-RACE", null, org.positionByCode("GRP-ADMIN-DIR").orElseThrow().id());
        PersonSummary person = fx.person("race", null);
        fx.hold(held.id(), person.id(), org.today().minusDays(3));
        admin.setPreferredLocale(person.id(), "en");
        directives.issueScreened(DirectiveFixtures.Draft.of("Race digest " + System.nanoTime(), held.unitId()));
        LocalDate day = calendar.nextWorkingDay(org.today().plusDays(1));
        Instant morning = ZonedDateTime.of(day, java.time.LocalTime.of(7, 31), ApplicationZone.ID).toInstant();

        List<Integer> written = Race.atOnce(() -> digest.run(day, "node-a", morning), () -> digest.run(day, "node-b", morning));

        assertThat(written).as("one node composes the day").containsOnlyOnce(0);
        Integer rows = jdbc.queryForObject("select count(*) from mail_outbox where dedupe_key like ?", Integer.class,
                "digest:" + day + ":person:%");
        assertThat(rows).as("the other test may have written one of the day by hand").isBetween(
                written.get(0) + written.get(1), written.get(0) + written.get(1) + 1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedupe_key = ?", Integer.class,
                "digest:" + day + ":person:" + person.id())).isEqualTo(1);
        OutboxMessage mine = outbox.byDedupeKey("digest:" + day + ":person:" + person.id()).orElseThrow();
        assertThat(mine.locale()).isEqualTo("en");
        assertThat(mine.subject()).startsWith("[Tidtam] Daily digest");
        assertThat(mine.bodyText()).contains("Dear Tester race").contains("New work (1)");
        assertThat(digest.run(day, "node-c", morning.plusSeconds(60))).as("the day is done").isZero();
    }

    @Test
    void somebodyWithNothingToDoGetsNoDigest() {
        NotifyFixtures fx = new NotifyFixtures(admin);
        PositionSummary idle = fx.headedUnit("DIGEST-IDLE", null, org.positionByCode("GRP-ADMIN-DIR").orElseThrow().id());
        PersonSummary person = fx.person("idle", null);
        fx.hold(idle.id(), person.id(), org.today().minusDays(3));
        LocalDate day = calendar.nextWorkingDay(org.today().plusDays(1));

        assertThat(digest.writeFor(person.id(), day, clock.instant())).isFalse();
        assertThat(outbox.byDedupeKey("digest:" + day + ":person:" + person.id())).isEmpty();
    }
}
