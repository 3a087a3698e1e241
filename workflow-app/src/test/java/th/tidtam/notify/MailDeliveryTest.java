package th.tidtam.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.notify.domain.NewMessage;
import th.tidtam.notify.domain.Outbox;
import th.tidtam.notify.domain.OutboxMessage;
import th.tidtam.notify.service.MailTransport;
import th.tidtam.notify.service.OutboxSender;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * E-mail through a real SMTP server in-process (GreenMail): an escalation reaches the vice governor at once; a server
 * that is down for a while gets the message later, once; two nodes sending at once send each message once; a
 * malformed address is given up with its reason while the work goes on; a classified directive's message names no
 * subject.
 */
@IntegrationTest
class MailDeliveryTest {

    @Autowired
    MailTransport transport;
    @Autowired
    OutboxSender sender;
    @Autowired
    Outbox outbox;
    @Autowired
    Alerts alerts;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory org;
    @Autowired
    ApiClient api;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ManagementService management;
    @Autowired
    Clock clock;

    private JavaMailSender previous;
    private SmtpServer smtp;
    private NotifyFixtures fx;

    @BeforeEach
    void pointTheOutboxAtATestServer() {
        smtp = new SmtpServer();
        previous = transport.use(smtp.sender());
        fx = new NotifyFixtures(admin);
    }

    @AfterEach
    void putTheServerBack() {
        EngineClockTravel.backToNow();
        transport.use(previous);
        smtp.close();
    }

    @Test
    void anEscalationReachesTheViceGovernorAtOnceWithTheNumberTheDueDateInTheBuddhistEraAndALink() {
        smtp.start();
        long id = directives.issueScreened(directives.draft("ติดตามแจ้งเตือนอีเมล " + System.nanoTime(), "DIST-05-CHIEF")
                .dueInWorkingDays(10));
        String number = directive(id).get("number").asText();
        PositionSummary vg = org.position(org.supervisingPosition(org.positionByCode("DIST-05-CHIEF").orElseThrow().unitId())
                .orElseThrow()).orElseThrow();
        PersonSummary vgPerson = org.person(org.actorsFor(vg.id()).stream().map(Actor::personId).findFirst().orElseThrow())
                .orElseThrow();

        String process = directive(id).get("processInstanceId").asText();
        EngineClockTravel.morningCheck(management, process, calendar.addWorkingDays(calendar.addWorkingDays(calendar.today(), 1), 1));
        sender.sendDue("test-node", clock.instant());
        EngineClockTravel.backToNow();

        List<MimeMessage> mails = awaitMails(vgPerson.email(), number);
        assertThat(mails).as("one message about the escalation").hasSize(1);
        String text = SmtpServer.text(mails.get(0));
        assertThat(SmtpServer.subject(mails.get(0))).contains("ยกระดับ").contains(number);
        assertThat(text).contains(number).contains("http://localhost:8080/directives/" + id)
                .contains(vg.titleTh()).contains("25"); // a Buddhist-era year: 25xx
        assertThat(text).doesNotContainPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b");
    }

    @Test
    void whileTheServerIsDownTheWorkGoesOnAndTheMessageIsSentLaterOnce() {
        PersonSummary person = fx.person("down", null);
        PositionSummary position = fx.headedUnit("MAIL-DOWN", null, org.positionByCode("GRP-ADMIN-DIR").orElseThrow().id());
        fx.hold(position.id(), person.id(), org.today().minusDays(1));
        long directive = directives.issue(directives.draft("เรื่องทดสอบเซิร์ฟเวอร์ล่ม " + System.nanoTime(), "GRP-ADMIN-DIR"));

        // the server is down: the alert is raised and committed all the same
        tx.executeWithoutResult(s -> alerts.raise(position.id(), CaseRef.of("DIRECTIVE", directive), null,
                AlertKind.REPORT_RETURNED, "รายงานถูกส่งกลับ", clock.instant()));
        assertThat(alerts.ofCase(CaseRef.of("DIRECTIVE", directive))).anyMatch(a -> a.positionId().equals(position.id()));
        Instant now = clock.instant();
        sender.sendDue("node-a", now);
        OutboxMessage failed = awaitStatus(person.id(), OutboxStatus.FAILED_RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("SERVER_UNREACHABLE");
        assertThat(Duration.between(now, failed.nextAttemptAt())).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(70));

        assertThat(sender.sendDue("node-a", now.plusSeconds(20))).as("not before the next attempt's time").isZero();
        smtp.start();
        assertThat(sender.sendDue("node-a", failed.nextAttemptAt().plusSeconds(1))).isEqualTo(1);
        assertThat(sender.sendDue("node-b", failed.nextAttemptAt().plus(Duration.ofHours(2)))).isZero();
        OutboxMessage sent = outbox.find(failed.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(smtp.to(person.email())).hasSize(1);
        assertThat(SmtpServer.text(smtp.to(person.email()).get(0))).contains("รายงานถูกส่งกลับ");
    }

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() throws Exception {
        smtp.start();
        PersonSummary person = fx.person("twonodes", null);
        // due in an hour: neither the poller nor a wake-up (both on the real clock) touches them before the race
        Instant later = clock.instant().plus(Duration.ofHours(1));
        for (int i = 0; i < 30; i++) {
            outbox.add(new NewMessage(person.id(), person.email(), "th", "OTHER", "ข้อความที่ " + i, "เนื้อความ " + i,
                    "test:twonodes:" + person.id() + ":" + i, OutboxStatus.PENDING, null, null, null), later);
        }
        Instant due = later.plusSeconds(1);
        List<Integer> sent = Race.atOnce(() -> sender.sendDue("node-a", due), () -> sender.sendDue("node-b", due));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(30);
        smtp.awaitAtLeast(30);
        List<MimeMessage> arrived = smtp.to(person.email());
        assertThat(arrived).hasSize(30);
        Set<String> keys = arrived.stream().map(MailDeliveryTest::dedupeKey).collect(Collectors.toSet());
        assertThat(keys).hasSize(30);
    }

    @Test
    void aMalformedAddressIsGivenUpWithItsReasonAndTheAlertStands() {
        PersonSummary person = fx.person("malformed", "somchai(at)example");
        PositionSummary position = fx.headedUnit("MAIL-BAD", null, org.positionByCode("GRP-ADMIN-DIR").orElseThrow().id());
        fx.hold(position.id(), person.id(), org.today().minusDays(1));
        long directive = directives.issue(directives.draft("เรื่องทดสอบที่อยู่ผิด " + System.nanoTime(), "GRP-ADMIN-DIR"));

        tx.executeWithoutResult(s -> alerts.raise(position.id(), CaseRef.of("DIRECTIVE", directive), null,
                AlertKind.ESCALATED_TO_YOU, "ยกระดับ", clock.instant()));

        assertThat(alerts.ofCase(CaseRef.of("DIRECTIVE", directive))).anyMatch(a -> a.positionId().equals(position.id()));
        OutboxMessage m = outbox.search(new th.tidtam.notify.domain.OutboxFilter(null, null, "somchai(at)example"), 0, 5)
                .get(0);
        assertThat(m.status()).isEqualTo(OutboxStatus.GIVEN_UP);
        assertThat(m.lastError()).startsWith("MALFORMED_ADDRESS");
        assertThat(sender.sendDue("node-a", clock.instant().plusSeconds(3600))).isZero();
    }

    @Test
    void aClassifiedDirectiveOfTheMostUrgentKindIsMailedAtOnceWithoutItsSubject() {
        smtp.start();
        PersonSummary person = fx.person("secret", null);
        PositionSummary position = fx.headedUnit("MAIL-SECRET", null, org.positionByCode("GRP-ADMIN-DIR").orElseThrow().id());
        fx.hold(position.id(), person.id(), org.today().minusDays(1));
        String subject = "ปฏิบัติการลับเฉพาะ " + System.nanoTime();
        directives.issueScreened(DirectiveFixtures.Draft.of(subject, position.unitId()).urgency("MOST_URGENT")
                .secrecy("CONFIDENTIAL"));

        List<MimeMessage> mails = awaitMails(person.email(), "");
        assertThat(mails).isNotEmpty();
        for (MimeMessage m : mails) {
            assertThat(SmtpServer.subject(m)).doesNotContain(subject).doesNotContain("ปฏิบัติการลับ");
            assertThat(SmtpServer.text(m)).doesNotContain(subject).contains("ชั้นความลับ").contains("http://localhost:8080/");
        }
    }

    private JsonNode directive(long id) {
        return api.get("/api/directives/" + id, "governor").body();
    }

    /**
     * Sends what is due until a matching mail has arrived: a background round of the sender may hold the row's claim
     * for a moment, so the condition is awaited rather than checked once.
     */
    private List<MimeMessage> awaitMails(String address, String containing) {
        List<MimeMessage> found = new ArrayList<>();
        try {
            Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                        sender.sendDue("test-node", clock.instant().plusSeconds(1));
                        smtp.to(address).stream().filter(m -> SmtpServer.subject(m).contains(containing)
                                || SmtpServer.text(m).contains(containing)).forEach(found::add);
                        return !found.isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            // the caller's assertion on the (empty) list says what was missing
        }
        return found;
    }

    private OutboxMessage awaitStatus(long personId, OutboxStatus status) {
        return Awaitility.await("a message of person " + personId + " reaching " + status)
                .atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> outbox.search(th.tidtam.notify.domain.OutboxFilter.none(), 0, 200).stream()
                        .filter(m -> m.recipientPersonId() == personId).findFirst().orElse(null),
                        m -> m != null && m.status() == status);
    }

    private static String dedupeKey(MimeMessage m) {
        try {
            return m.getHeader("X-Tidtam-Message", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
