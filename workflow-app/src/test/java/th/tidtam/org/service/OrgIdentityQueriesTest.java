package th.tidtam.org.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * The identity queries in SQL on a chain of command of the test's own: who is a member today (not yesterday's acting
 * holder, not tomorrow's holder, not a delegate), Camunda's LIKE where only % is a wildcard, and text that is data,
 * never SQL.
 */
@IntegrationTest
class OrgIdentityQueriesTest {

    @Autowired
    OrgIdentityQueries queries;

    @Autowired
    OrgAdministration admin;

    @Autowired
    Clock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private OrgFixtures fx;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new OrgFixtures(admin);
        today = LocalDate.now(clock);
    }

    @Test
    void membersAreThoseWhoHoldOrActInThePositionToday() {
        UnitSummary unit = fx.unit("IDQ");
        PositionSummary post = fx.position("IDQ-POST", unit.id(), null);
        PositionSummary other = fx.position("IDQ-OTHER", unit.id(), null);
        PersonSummary holder = person("holder", "ผู้ดำรงตำแหน่ง");
        PersonSummary pastActing = person("pastacting", "ผู้รักษาการเมื่อวาน");
        PersonSummary nextHolder = person("nextholder", "ผู้ดำรงตำแหน่งพรุ่งนี้");
        PersonSummary delegate = person("delegate", "ผู้ปฏิบัติราชการแทน");
        PersonSummary colleague = person("colleague", "เพื่อนร่วมหน่วย");
        admin.assign(OrgFixtures.form(post.id(), holder.id(), AssignmentKind.HOLDER, today.minusDays(10), today));
        admin.assign(OrgFixtures.form(post.id(), nextHolder.id(), AssignmentKind.HOLDER, today.plusDays(1), null));
        admin.assign(OrgFixtures.form(post.id(), pastActing.id(), AssignmentKind.ACTING, today.minusDays(30), today.minusDays(1)));
        admin.assign(new AssignmentForm(post.id(), delegate.id(), AssignmentKind.DELEGATION, today.minusDays(5), null,
                "คำสั่งทดสอบ ที่ 2/2569", today.minusDays(5), "ลงนามหนังสือแจ้งเวียน", null));
        fx.act(other.id(), colleague.id(), today, today.plusDays(3));

        assertThat(usernames(PeopleCriteria.any().memberOf(post.code()))).containsExactly(holder.username());
        assertThat(usernames(PeopleCriteria.any().memberOf(IdentityGroup.UNIT_PREFIX + unit.id())))
                .containsExactlyElementsOf(List.of(holder.username(), colleague.username()).stream().sorted().toList());
        assertThat(queries.groupIdsOf(holder.username())).containsExactly(post.code(), IdentityGroup.UNIT_PREFIX + unit.id());
        assertThat(queries.groupIdsOf(pastActing.username())).isEmpty();
        assertThat(queries.groupIdsOf(nextHolder.username())).isEmpty();
        assertThat(queries.groupIdsOf(delegate.username())).isEmpty();
        assertThat(queries.groups(GroupCriteria.any().withMember(delegate.username()), 0, 10)).isEmpty();
        assertThat(queries.countGroups(GroupCriteria.any().withMember(colleague.username()))).isEqualTo(2);
    }

    @Test
    void anAdministratorPositionMakesItsHolderAMemberOfTheAdministrators() {
        UnitSummary unit = fx.unit("IDQ-ADM");
        PositionSummary post = fx.position("IDQ-ADM", unit.id(), null, PositionRole.ADMINISTRATOR);
        PersonSummary it = person("itadmin", "ผู้ดูแลระบบทดสอบ");
        fx.hold(post.id(), it.id(), today.minusDays(1));

        assertThat(queries.groupIdsOf(it.username()))
                .containsExactly(post.code(), IdentityGroup.UNIT_PREFIX + unit.id(), IdentityGroup.ADMINISTRATORS);
        assertThat(usernames(PeopleCriteria.any().memberOf(IdentityGroup.ADMINISTRATORS))).contains(it.username(), "admin");
        assertThat(queries.groups(GroupCriteria.any().withMember(it.username()), 0, 10)).extracting(IdentityGroup::kind)
                .containsExactlyInAnyOrder(IdentityGroup.Kind.SYSTEM, IdentityGroup.Kind.POSITION, IdentityGroup.Kind.UNIT);
    }

    @Test
    void onlyPercentIsAWildcardAndCaseDoesNotMatter() {
        PersonSummary underscore = person("underscore", "ทดสอบ A_C " + tag);
        PersonSummary letter = person("letter", "ทดสอบ ABC " + tag);
        PersonSummary bang = person("bang", "ทดสอบ x!y " + tag);

        assertThat(usernames(like("%a_c " + tag))).containsExactly(underscore.username());
        assertThat(usernames(like("%A%C " + tag))).containsExactly(letter.username(), underscore.username());
        assertThat(usernames(like("%x!y%" + tag))).containsExactly(bang.username());
        assertThat(usernames(like("%!_%" + tag))).isEmpty();
        assertThat(usernames(like("ทดสอบ%" + tag + "%"))).hasSize(3);
        assertThat(queries.countPeople(like("%" + tag))).isEqualTo(3);
    }

    @Test
    void thaiAndEmojiTextIsFoundAsItIs() {
        PersonSummary emoji = person("emoji", "นายยิ้ม 🙂 " + tag);
        UnitSummary unit = fx.unitNamed("หน่วย 🚀 จรวด " + tag);

        assertThat(usernames(like("%🙂 " + tag))).containsExactly(emoji.username());
        assertThat(usernames(like("%😀 " + tag))).isEmpty();
        assertThat(queries.groups(new GroupCriteria(null, null, null, "%🚀%" + tag, "UNIT", null, List.of()), 0, 10))
                .extracting(IdentityGroup::id).containsExactly(IdentityGroup.UNIT_PREFIX + unit.id());
        assertThat(queries.group(IdentityGroup.UNIT_PREFIX + unit.id())).hasValueSatisfying(
                g -> assertThat(g.name()).isEqualTo("หน่วย 🚀 จรวด " + tag));
    }

    @Test
    void aHostileNameIsDataNotSql() {
        String hostile = "%' or 1=1 -- " + tag;
        PersonSummary odd = person("odd", "นาย' or '1'='1 " + tag);

        assertThat(queries.countPeople(like(hostile))).isZero();
        assertThat(usernames(new PeopleCriteria(null, null, "นาย' or '1'='1 " + tag, null, null, null, null, List.of())))
                .containsExactly(odd.username());
        assertThat(queries.groups(new GroupCriteria(null, List.of(hostile, "x') or ('1'='1"), null, null, null, null,
                List.of()), 0, 10)).isEmpty();
        assertThat(queries.group(hostile)).isEmpty();
        assertThat(queries.groupIdsOf("' or 1=1 -- ")).isEmpty();
    }

    @Test
    void emptyIdListsMatchNothingAndPagesPastTheEndAreEmpty() {
        assertThat(queries.people(new PeopleCriteria(null, List.of(), null, null, null, null, null, List.of()), 0, 10))
                .isEmpty();
        assertThat(queries.countGroups(new GroupCriteria(null, List.of(), null, null, null, null, List.of()))).isZero();
        assertThat(queries.groups(GroupCriteria.any(), Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isEmpty();
        assertThat(queries.people(PeopleCriteria.any(), 0, 0)).isEmpty();
    }

    private PersonSummary person(String name, String fullNameTh) {
        return admin.createPerson(new PersonForm("t.idq." + name + "." + tag, fullNameTh, "Test " + name,
                name + "." + tag + "@example.test", null, true));
    }

    private static PeopleCriteria like(String pattern) {
        return new PeopleCriteria(null, null, null, pattern, null, null, null, List.of());
    }

    private List<String> usernames(PeopleCriteria criteria) {
        List<String> found = queries.people(criteria, 0, 1000).stream().map(PersonSummary::username).toList();
        assertThat(queries.countPeople(criteria)).as("the count agrees with the list").isEqualTo(found.size());
        return found;
    }
}
