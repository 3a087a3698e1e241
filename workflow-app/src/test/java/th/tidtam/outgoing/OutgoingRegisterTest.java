package th.tidtam.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoSubject;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.outgoing.service.OutgoingDrafts;
import th.tidtam.outgoing.service.OutgoingSigning;
import th.tidtam.outgoing.service.RegisterBooks;
import th.tidtam.outgoing.service.RunningStart;
import th.tidtam.support.ApiClient;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * The outgoing register's numbering on the real database: signings at once, the circular series beside the normal
 * one, the new calendar year on the engine clock, and every refusal leaving the register as it was.
 */
@IntegrationTest
class OutgoingRegisterTest {

    @Autowired RegisterBooks books;
    @Autowired OutgoingDrafts drafts;
    @Autowired OutgoingSigning signing;
    @Autowired NumberSeries numbers;
    @Autowired OrgDirectory org;
    @Autowired UserDetailsService users;
    @Autowired List<MemoSubject> subjects;
    @Autowired java.time.Clock clock;
    @LocalServerPort int port;

    OutgoingFixtures fx;
    long book;
    ActorStamp governor;

    @BeforeEach
    void setUp() {
        fx = new OutgoingFixtures(books, org, users);
        book = fx.book("AG-12-HEAD", "ทส 9912");
        governor = fx.stamp("governor", "GOVERNOR", AssignmentKind.HOLDER);
    }

    @AfterEach
    void backToNow() {
        EngineClockTravel.backToNow();
    }

    private long draft(boolean circular, String subject) {
        return fx.as("agency.health", () -> drafts.draft(OutgoingFixtures.letter(book, circular, subject))).id();
    }

    private int last(long bookId, boolean circular, int year) {
        return numbersLast(bookId, circular, year);
    }

    private int numbersLast(long bookId, boolean circular, int year) {
        // the book's province's series (a second province may be loaded by then)
        long province = org.positionByCode("GOVERNOR").orElseThrow().provinceId();
        return numbers.last(province, new NumberSeries.Series((circular ? "OUTGOING-W:" : "OUTGOING:") + bookId,
                NumberSeries.Restart.CALENDAR_YEAR), year);
    }

    @Test
    void signingsAtOnceTakeGaplessUniqueNumbersPerSeriesWithCircularsCountedApart() throws Exception {
        int year = LocalDate.now(clock).getYear();
        int normalBefore = last(book, false, year);
        int circularBefore = last(book, true, year);
        List<Long> normal = IntStream.range(0, 6).mapToObj(i -> draft(false, "หนังสือปกติ " + i)).toList();
        List<Long> circular = IntStream.range(0, 4).mapToObj(i -> draft(true, "หนังสือเวียน " + i)).toList();
        List<Callable<LetterSummary>> calls = new ArrayList<>();
        for (long id : normal) {
            calls.add(() -> signing.sign(id, governor));
        }
        for (long id : circular) {
            calls.add(() -> signing.sign(id, governor));
        }
        @SuppressWarnings("unchecked")
        List<LetterSummary> signed = Race.atOnce(calls.toArray(Callable[]::new));

        assertThat(signed.subList(0, 6)).extracting(LetterSummary::number).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(normalBefore + 1, normalBefore + 6)
                        .mapToObj(n -> "ทส 9912/" + n).toList());
        assertThat(signed.subList(6, 10)).extracting(LetterSummary::number)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(circularBefore + 1, circularBefore + 4)
                        .mapToObj(n -> "ทส 9912/ว " + n).toList());
        assertThat(signed).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo(OutgoingStatus.SIGNED);
            assertThat(l.signedByPositionId()).isEqualTo(governor.positionId());
            assertThat(l.signatureBlock()).contains("ผู้ว่าราชการจังหวัด");
        });
    }

    @Test
    void numbersRestartWithTheCalendarYearOfTheEngineClock() {
        int year = LocalDate.now(clock).getYear() + 3;
        long december = draft(false, "ส่งท้ายปี");
        long january = draft(false, "ต้นปีใหม่");
        EngineClockTravel.at(LocalDate.of(year, 12, 31));
        int lastOfYear = last(book, false, year);
        LetterSummary old = signing.sign(december, governor);
        EngineClockTravel.at(LocalDate.of(year + 1, 1, 2));
        int lastOfNext = last(book, false, year + 1);
        LetterSummary fresh = signing.sign(january, governor);

        assertThat(old.number()).isEqualTo("ทส 9912/" + (lastOfYear + 1));
        assertThat(old.letterDate()).isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(fresh.number()).isEqualTo("ทส 9912/" + (lastOfNext + 1));
        assertThat(fresh.letterDate()).isEqualTo(LocalDate.of(year + 1, 1, 2));
        assertThat(last(book, false, year)).isEqualTo(lastOfYear + 1);
    }

    @Test
    void signingTwiceOrByWhoeverDoesNotFillThePositionIsRefusedAndChangesNothing() {
        long id = draft(false, "ลงนามครั้งเดียว");
        ActorStamp impostor = fx.stamp("staff", "GOVERNOR", AssignmentKind.HOLDER);
        ActorStamp wrongCapacity = fx.stamp("vicegovernor1", "GOVERNOR", AssignmentKind.ACTING);
        ActorStamp notAbove = fx.stamp("director.strategy", "GRP-STRATEGY-DIR", AssignmentKind.HOLDER);
        assertThatThrownBy(() -> signing.sign(id, impostor)).isInstanceOf(RuleViolation.class).hasMessageContaining("outgoing.error.not-signer");
        assertThatThrownBy(() -> signing.sign(id, wrongCapacity)).hasMessageContaining("outgoing.error.not-signer");
        assertThatThrownBy(() -> signing.sign(id, ActorStamp.system())).hasMessageContaining("outgoing.error.not-signer");
        assertThatThrownBy(() -> signing.sign(id, notAbove)).hasMessageContaining("outgoing.error.signer-not-over-book");
        assertThat(fx.as("agency.health", () -> drafts.letter(id)).orElseThrow().status()).isEqualTo(OutgoingStatus.DRAFT);

        LetterSummary signed = signing.sign(id, governor);
        assertThatThrownBy(() -> signing.sign(id, governor)).hasMessageContaining("outgoing.error.already-signed");
        LetterSummary after = fx.as("agency.health", () -> drafts.letter(id)).orElseThrow();
        assertThat(after.number()).isEqualTo(signed.number());
        assertThat(after.signedAt()).isEqualTo(signed.signedAt());
    }

    @Test
    void onlyTheMemoThatPresentedTheLetterSignsItAsItsDecider() {
        MemoSubject subject = subjects.stream().filter(s -> s.caseType().equals("LETTER_OUT")).findFirst().orElseThrow();
        long id = draft(false, "เสนอผ่านบันทึก");
        assertThat(subject.decisions(id)).containsExactlyInAnyOrder(Decision.SIGN, Decision.DISAPPROVE);
        subject.presented(id, 777_001L);
        ActorStamp vg1 = fx.stamp("vicegovernor1", "GOVERNOR", AssignmentKind.DELEGATION);
        java.time.Instant now = java.time.Instant.now();
        assertThatThrownBy(() -> subject.decided(id, new MemoDecided(777_002L, Decision.SIGN, vg1, now, null, null)))
                .hasMessageContaining("outgoing.error.not-this-memo");
        subject.decided(id, new MemoDecided(777_001L, Decision.SIGN, vg1, now, null, null));
        LetterSummary signed = fx.as("agency.health", () -> drafts.letter(id)).orElseThrow();
        assertThat(signed.status()).isEqualTo(OutgoingStatus.SIGNED);
        assertThat(signed.signedByPersonId()).isEqualTo(vg1.personId());
        assertThat(signed.signedCapacity()).isEqualTo(AssignmentKind.DELEGATION);
        assertThat(signed.signatureBlock()).contains("ปฏิบัติราชการแทน");
    }

    @Test
    void anExhaustedSeriesRefusesTheNextNumberAndGivesItBack() {
        long full = fx.book("AG-13-HEAD", "ทส 9913");
        int year = LocalDate.now(clock).getYear();
        if (last(full, true, year) < 99_998) {
            fx.as("secretary", () -> {
                books.continueAfter(full, new RunningStart(true, year, 99_998));
                return null;
            });
        }
        long first = fx.as("agency.industry", () -> drafts.draft(OutgoingFixtures.letter(full, true, "เลขสุดท้าย"))).id();
        long second = fx.as("agency.industry", () -> drafts.draft(OutgoingFixtures.letter(full, true, "เกินทะเบียน"))).id();
        if (last(full, true, year) < 99_999) {
            assertThat(signing.sign(first, governor).number()).isEqualTo("ทส 9913/ว 99999");
        }
        assertThatThrownBy(() -> signing.sign(second, governor)).hasMessageContaining("outgoing.error.register-full");
        assertThat(last(full, true, year)).isEqualTo(99_999);
        assertThat(fx.as("agency.industry", () -> drafts.letter(second)).orElseThrow().status()).isEqualTo(OutgoingStatus.DRAFT);
    }

    @Test
    void aRunningStartThatWouldGoBackwardsIsRefused() {
        int year = LocalDate.now(clock).getYear();
        signing.sign(draft(false, "ออกเลขก่อนย้อน"), governor);
        int last = last(book, false, year);
        assertThatThrownBy(() -> fx.as("secretary", () -> {
            books.continueAfter(book, new RunningStart(false, year, last - 1));
            return null;
        })).hasMessageContaining("outgoing.error.series-backwards");
        assertThat(last(book, false, year)).isEqualTo(last);
    }

    @Test
    void badInputOverHttpIsRefusedInThaiAndNothingIsAdded() {
        ApiClient api = new ApiClient(port);
        long before = fx.as("agency.health", () -> drafts.count(null));
        Map<String, Object> noBook = Map.of("subject", "ไม่มีสมุด", "body", "ข้อความ");
        ApiClient.Response r = api.post("/api/outgoing", "agency.health", noBook);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("detail").asText()).contains("สมุดทะเบียนส่ง");
        assertThat(api.post("/api/outgoing", "agency.health", Map.of("bookId", book, "subject", "หัวเรื่อง\u0007ควบคุม",
                "ownerAddress", "ที่อยู่", "salutation", "เรียน", "body", "ข้อความ 😀", "closing", "ขอแสดงความนับถือ",
                "recipients", "ผู้รับ")).status()).isEqualTo(400);
        assertThat(api.post("/api/outgoing", "agency.health", Map.of("bookId", book, "subject", "ลับที่สุด",
                "secrecy", "TOP_SECRET")).status()).isEqualTo(400);
        assertThat(api.post("/api/outgoing/books", "secretary", Map.of("unitId", org.positionByCode("AG-14-HEAD").orElseThrow().unitId(),
                "ownerCode", "ฉช0017/2", "nameTh", "ผิดรูปแบบ")).body().path("detail").asText()).contains("ไม่ถูกรูปแบบ");
        assertThat(api.post("/api/outgoing/books", "secretary", Map.of("unitId", org.positionByCode("AG-14-HEAD").orElseThrow().unitId(),
                "ownerCode", "ทส 9912", "nameTh", "ซ้ำ")).status()).isEqualTo(400);
        assertThat(api.post("/api/outgoing/books", "staff", Map.of("ownerCode", "ฉช 0099")).status()).isEqualTo(403);
        assertThat(api.post("/api/outgoing/registered", "agency.health", Map.of()).status()).isEqualTo(403);
        assertThat(fx.as("agency.health", () -> drafts.count(null))).isEqualTo(before);
    }
}
