package th.tidtam.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoSubject;
import th.tidtam.orders.service.OrderDrafting;
import th.tidtam.orders.service.OrderPdf;
import th.tidtam.support.PdfText;
import th.tidtam.orders.service.OrderSigning;
import th.tidtam.orders.service.OrdersCase;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.EngineTime;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Provincial orders from the draft to the day they take effect, on the engine's clock: the chain of command changes on
 * the effective date by itself and not before, a committee order sets up its body, and bad input or a second
 * signature is refused with nothing changed.
 */
@IntegrationTest
class ProvincialOrdersTest {

    @Autowired OrderDrafting drafting;
    @Autowired OrderSigning signing;
    @Autowired OrgAdministration orgAdmin;
    @Autowired OrgDirectory org;
    @Autowired MeetingRegister meetings;
    @Autowired Timeline timeline;
    @Autowired Alerts alerts;
    @Autowired EngineTime engineTime;
    @Autowired RuntimeService runtime;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;
    @Autowired OrderPdf pdf;
    @Autowired List<MemoSubject> subjects;

    OrgFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void asHeadOfOffice() {
        fixtures = new OrgFixtures(orgAdmin);
        today = LocalDate.now(clock);
        signIn("head");
    }

    @AfterEach
    void clockBackAndLogOut() {
        EngineClockTravel.backToNow();
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private ActorStamp governor() {
        return new ActorStamp(org.person("governor").orElseThrow().id(), org.positionByCode("GOVERNOR").orElseThrow().id(),
                AssignmentKind.HOLDER);
    }

    private OrderForm acting(Long positionId, Long personId, LocalDate from, LocalDate to) {
        return new OrderForm(OrderKind.ACTING, "ให้ข้าราชการรักษาราชการแทน 🙂", "อาศัยอำนาจตามมาตรา 57 แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน",
                null, from, to, positionId, personId, null, null, null, null, null, null, null, null);
    }

    private PositionSummary vacantPost(String name) {
        return fixtures.position(name, fixtures.unit(name).id(), null);
    }

    private void runEffectiveTimer(long orderId, LocalDate day) {
        EngineClockTravel.at(day);
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(OrdersCase.businessKey(orderId))
                .singleResult().getId();
        engineTime.runDueTimers(pid);
    }

    private boolean acts(long positionId, long personId) {
        return org.actorsFor(positionId).stream().anyMatch(a -> a.personId().equals(personId) && a.kind() == AssignmentKind.ACTING);
    }

    @Test
    void aSignedActingOrderFromAFutureDateChangesWhoActsOnThatDateAndNotBefore() {
        PositionSummary post = vacantPost("ACT");
        PersonSummary person = fixtures.person("act");
        LocalDate from = today.plusDays(10);
        OrderSummary draft = drafting.draft(acting(post.id(), person.id(), from, today.plusDays(40)));
        assertThat(draft.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(draft.number()).isNull();

        OrderSummary signed = signing.sign(draft.id(), governor());

        assertThat(signed.number()).matches("\\d+/" + (today.getYear() + 543));
        assertThat(signed.signedOn()).isEqualTo(today);
        EngineClockTravel.at(from.minusDays(1));
        assertThat(acts(post.id(), person.id())).isFalse();
        EngineClockTravel.at(from);
        assertThat(acts(post.id(), person.id())).isTrue();
        Actor actor = org.actorsFor(post.id()).get(0);
        assertThat(actor.orderNumber()).isEqualTo("คำสั่งจังหวัดฉะเชิงเทรา ที่ " + signed.number());

        runEffectiveTimer(draft.id(), from);
        signIn("head");
        assertThat(drafting.order(draft.id()).orElseThrow().status()).isEqualTo(OrderStatus.IN_FORCE);
        assertThat(timeline.of(OrdersCase.of(draft.id())).stream().map(e -> e.kind()))
                .containsSubsequence("DRAFTED", "SIGNED", "IN_FORCE");
        assertThat(alerts.ofCase(OrdersCase.of(draft.id()))).anyMatch(a -> a.positionId().equals(post.id())
                && a.detail().contains(signed.number()));
    }

    @Test
    void theMemoSigningTheOrderNumbersItAndSigningTwiceIsRefused() {
        PositionSummary post = vacantPost("TWICE");
        OrderSummary draft = drafting.draft(acting(post.id(), fixtures.person("twice").id(), today.plusDays(3), null));
        MemoSubject orders = subjects.stream().filter(x -> x.caseType().equals("ORDER")).findFirst().orElseThrow();
        assertThat(orders.decisions(draft.id())).containsExactlyInAnyOrder(Decision.SIGN, Decision.DISAPPROVE);
        assertThat(orders.summary(draft.id()).orElseThrow().matter()).isEqualTo("PERSONNEL");
        orders.presented(draft.id(), 1L);
        orders.decided(draft.id(), new MemoDecided(1L, Decision.SIGN, governor(), java.time.Instant.now(), null, null));
        OrderSummary signed = drafting.order(draft.id()).orElseThrow();
        assertThat(signed.status()).isEqualTo(OrderStatus.SIGNED);

        byte[] document = pdf.render(signed);
        PdfText.keep(document, "order-acting", 1);
        assertThat(PdfText.skeleton(PdfText.text(document))).contains(PdfText.skeleton(
                th.tidtam.base.time.ThaiDigits.toThai(signed.number())));

        assertThatThrownBy(() -> signing.sign(draft.id(), governor())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("orders.error.not-draft");
        assertThat(drafting.order(draft.id()).orElseThrow().number()).isEqualTo(signed.number());
        assertThat(org.history(post.id())).hasSize(1);
    }

    @Test
    void anOverlappingActingPeriodIsRefusedAtDraftingAndAgainAtSigning() {
        PositionSummary post = vacantPost("OVER");
        PersonSummary first = fixtures.person("over1");
        PersonSummary second = fixtures.person("over2");
        signing.sign(drafting.draft(acting(post.id(), first.id(), today.plusDays(10), today.plusDays(40))).id(), governor());

        assertThatThrownBy(() -> drafting.draft(acting(post.id(), second.id(), today.plusDays(30), today.plusDays(50))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("orders.error.acting-overlap");

        OrderSummary later = drafting.draft(acting(post.id(), second.id(), today.plusDays(60), today.plusDays(70)));
        fixtures.act(post.id(), first.id(), today.plusDays(65), today.plusDays(80));
        assertThatThrownBy(() -> signing.sign(later.id(), governor())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("orders.error.acting-overlap");
        OrderSummary after = drafting.order(later.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(after.number()).isNull();
        assertThat(org.history(post.id())).hasSize(2);
    }

    @Test
    void aCommitteeOrderSetsUpTheBodyWithItsMembersInForceFromItsDate() {
        PositionSummary chair = org.positionByCode("VICE-GOVERNOR-2").orElseThrow();
        PositionSummary a = vacantPost("CM1");
        PositionSummary b = vacantPost("CM2");
        String code = fixtures.code("CMT").replace("T-", "C-");
        LocalDate from = today.plusDays(5);
        OrderSummary draft = drafting.draft(new OrderForm(OrderKind.COMMITTEE, "แต่งตั้งคณะกรรมการทดสอบ",
                "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย", "ให้คณะกรรมการมีอำนาจหน้าที่ตามที่กำหนด", from, null, null, null,
                null, null, code, "คณะกรรมการทดสอบ " + code, "Test committee " + code, chair.id(), null,
                List.of(new OrderMember(a.id(), MemberRole.MEMBER, false), new OrderMember(b.id(), MemberRole.SECRETARY, false))));

        OrderSummary signed = signing.sign(draft.id(), governor());

        PdfText.keep(pdf.render(signed), "order-committee", 1);
        var body = meetings.body(signed.bodyId()).orElseThrow();
        assertThat(body.code()).isEqualTo(code);
        assertThat(body.active()).isFalse();
        assertThat(meetings.members(body.id())).extracting(m -> m.positionId()).containsExactly(a.id(), b.id());
        runEffectiveTimer(draft.id(), from);
        signIn("head");
        assertThat(meetings.body(body.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aDelegationOrderCoversItsMattersFromItsDateAndCancellingItTakesItBack() {
        PersonSummary delegate = fixtures.person("deleg");
        long governorPost = org.positionByCode("GOVERNOR").orElseThrow().id();
        LocalDate from = today.plusDays(400);
        OrderSummary signed = signing.sign(drafting.draft(new OrderForm(OrderKind.DELEGATION, "มอบอำนาจให้ปฏิบัติราชการแทน",
                "อาศัยอำนาจตามมาตรา 60", null, from, from.plusDays(1), null, delegate.id(), List.of("EVENTS", "BUDGET"),
                "ภายในวงเงินไม่เกิน 1 ล้านบาท", null, null, null, null, null, null)).id(), governor());

        assertThat(signed.matters()).containsExactly("BUDGET", "EVENTS");
        assertThat(org.delegationCovering(delegate.id(), governorPost, "EVENTS", from.minusDays(1))).isEmpty();
        assertThat(org.delegationCovering(delegate.id(), governorPost, "EVENTS", from)).get()
                .satisfies(a -> assertThat(a.orderNumber()).isEqualTo("คำสั่งจังหวัดฉะเชิงเทรา ที่ " + signed.number()));
        assertThat(org.delegationCovering(delegate.id(), governorPost, "PERSONNEL", from)).isEmpty();
        assertThat(org.history(governorPost)).anyMatch(x -> x.assignmentId().equals(signed.assignmentId())
                && x.kind() == AssignmentKind.DELEGATION && x.validFrom().equals(from) && x.delegatedPowers().contains("ภายในวงเงิน"));

        byte[] document = pdf.render(signed);
        PdfText.keep(document, "order-delegation", 2);
        assertThat(PdfText.pages(document)).isEqualTo(2);

        OrderSummary cancelled = signing.cancel(signed.id(), "ผู้รับมอบย้ายไปรับราชการที่อื่น");
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(org.history(governorPost)).noneMatch(x -> x.assignmentId().equals(signed.assignmentId()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(OrdersCase.businessKey(signed.id())).count()).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingIsDrafted() {
        PositionSummary post = vacantPost("BAD");
        PersonSummary person = fixtures.person("bad");
        int before = drafting.visible().size();
        List<OrderForm> bad = List.of(
                acting(null, person.id(), today.plusDays(1), null),
                acting(post.id(), 987654321L, today.plusDays(1), null),
                acting(post.id(), person.id(), today.minusDays(1), null),
                acting(post.id(), person.id(), today.plusDays(9), today.plusDays(2)),
                new OrderForm(OrderKind.ACTING, "เรื่อง\u0007", "เหตุผล", null, today, null, post.id(), person.id(), null, null,
                        null, null, null, null, null, null),
                new OrderForm(OrderKind.ACTING, "x".repeat(501), "เหตุผล", null, today, null, post.id(), person.id(), null, null,
                        null, null, null, null, null, null),
                new OrderForm(OrderKind.DELEGATION, "มอบอำนาจ", "เหตุผล", null, today.plusDays(1), null, null, person.id(),
                        List.of("NOT-A-MATTER"), null, null, null, null, null, null, null),
                new OrderForm(OrderKind.DELEGATION, "มอบอำนาจ", "เหตุผล", null, today.plusDays(1), null, post.id(), person.id(),
                        List.of("GENERAL"), null, null, null, null, null, null, null),
                new OrderForm(OrderKind.COMMITTEE, "คณะกรรมการ", "เหตุผล", null, today.plusDays(1), null, null, null, null, null,
                        "MONTHLY bad", "ก", "a", post.id(), null, List.of()));
        for (OrderForm form : bad) {
            assertThatThrownBy(() -> drafting.draft(form)).as(form.toString()).isInstanceOf(RuleViolation.class);
        }
        assertThat(drafting.visible()).hasSize(before);

        signIn("staff");
        assertThatThrownBy(() -> drafting.draft(acting(post.id(), person.id(), today.plusDays(1), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
