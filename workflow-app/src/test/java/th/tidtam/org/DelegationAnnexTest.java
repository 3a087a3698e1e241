package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.signing.SignatureBlock;
import th.tidtam.casework.signing.Signatures;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.DelegableMatter;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/** A delegation order's annex decides what the delegate may decide on the position's behalf, and how they sign. */
@IntegrationTest
class DelegationAnnexTest {

    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    Signatures signatures;

    @Test
    void theFirstViceGovernorMayDecideBudgetMattersForTheGovernorButNotPersonnel() {
        long governor = directory.positionByCode("GOVERNOR").orElseThrow().id();
        long vg1 = directory.person("vicegovernor1").orElseThrow().id();
        long vg2 = directory.person("vicegovernor2").orElseThrow().id();
        LocalDate today = directory.today();

        assertThat(directory.delegableMatters()).extracting(DelegableMatter::code).contains("BUDGET", "PERSONNEL");
        assertThat(directory.delegationCovering(vg1, governor, "BUDGET", today)).isPresent();
        assertThat(directory.delegationCovering(vg1, governor, "PERSONNEL", today)).isEmpty();
        assertThat(directory.delegationCovering(vg2, governor, "BUDGET", today)).isEmpty();
        assertThat(directory.delegationsOn(governor, today)).anySatisfy(d -> {
            assertThat(d.actor().personId()).isEqualTo(vg1);
            assertThat(d.matters()).containsExactlyInAnyOrder("GENERAL", "DIRECTIVE", "BUDGET", "EVENTS");
        });
    }

    @Test
    void aDelegationCoversItsMattersOnlyWithinItsPeriod() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("ANNEX");
        PositionSummary top = fx.position("TOP", unit.id(), null);
        PersonSummary delegate = fx.person("delegate");
        LocalDate today = directory.today();
        Actor delegation = admin.assign(new AssignmentForm(top.id(), delegate.id(), AssignmentKind.DELEGATION,
                today.plusDays(10), today.plusDays(20), "คำสั่งจังหวัดฉะเชิงเทรา ที่ 9/2570", today, "อนุมัติการจัดซื้อ", null));
        admin.setDelegatedMatters(delegation.assignmentId(), List.of("PROCUREMENT"));

        assertThat(directory.delegationCovering(delegate.id(), top.id(), "PROCUREMENT", today)).isEmpty();
        assertThat(directory.delegationCovering(delegate.id(), top.id(), "PROCUREMENT", today.plusDays(10))).isPresent();
        assertThat(directory.delegationCovering(delegate.id(), top.id(), "BUDGET", today.plusDays(10))).isEmpty();
        assertThat(directory.delegationCovering(delegate.id(), top.id(), "PROCUREMENT", today.plusDays(21))).isEmpty();
    }

    @Test
    void unknownMattersAndMattersOnAHolderAreRefusedAndChangeNothing() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("ANNEX-BAD");
        PositionSummary top = fx.position("TOP", unit.id(), null);
        PersonSummary delegate = fx.person("delegate");
        LocalDate today = directory.today();
        Actor delegation = admin.assign(new AssignmentForm(top.id(), delegate.id(), AssignmentKind.DELEGATION,
                today, null, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 10/2570", today, "อนุมัติ", null));
        admin.setDelegatedMatters(delegation.assignmentId(), List.of("GENERAL"));
        Actor holder = fx.hold(top.id(), fx.person("holder").id(), today);

        assertThatThrownBy(() -> admin.setDelegatedMatters(delegation.assignmentId(), List.of("GENERAL", "อนุมัติทุกเรื่อง 🙂")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("org.error.matter-unknown"));
        assertThatThrownBy(() -> admin.setDelegatedMatters(holder.assignmentId(), List.of("GENERAL")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("org.error.matters-only-for-delegation"));
        assertThat(directory.delegatedMatters(delegation.assignmentId())).containsExactly("GENERAL");
    }

    @Test
    void aViceGovernorSignsForTheGovernorWithOwnPositionAndCapacity() {
        PositionSummary governor = directory.positionByCode("GOVERNOR").orElseThrow();
        PersonSummary vg1 = directory.person("vicegovernor1").orElseThrow();

        SignatureBlock thai = signatures.of(new ActorStamp(vg1.id(), governor.id(), AssignmentKind.DELEGATION),
                directory.today(), Locale.forLanguageTag("th"));
        SignatureBlock holder = signatures.of(new ActorStamp(directory.person("governor").orElseThrow().id(), governor.id(),
                AssignmentKind.HOLDER), directory.today(), Locale.forLanguageTag("th"));

        assertThat(thai.name()).isEqualTo("(" + vg1.fullNameTh() + ")");
        assertThat(thai.lines()).containsExactly("รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (1) ปฏิบัติราชการแทน",
                "ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        assertThat(holder.lines()).containsExactly("ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
    }
}
