package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/**
 * Camunda sees the chain of command: people are users, positions (by code), units and camunda-admin are groups. The
 * expected ids are the demo province's (ChainOfCommandDemoData: who holds what, and the names its seed gives;
 * MemoDemoData's officer.general). The second demo province (pri.*, moi.*) may be loaded by an earlier test of the
 * suite: the name searches leave its people out ({@link #ids}).
 */
@IntegrationTest
class CamundaIdentityTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    OrgDirectory directory;

    @Test
    void aPersonsGroupsAreThePositionsTheyHoldAndActIn() {
        assertThat(identityService.createGroupQuery().groupMember("director.admin").list()).extracting(Group::getId)
                .contains("GRP-ADMIN-DIR", "GRP-HR-DIR").doesNotContain("camunda-admin", "GOVERNOR");
        assertThat(identityService.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .contains("SYS-ADMIN", "camunda-admin");
    }

    @Test
    void theMemberOfAVacantPositionIsItsActingHolder() {
        assertThat(identityService.createUserQuery().memberOfGroup("DIST-11-CHIEF").list()).extracting(User::getId)
                .containsExactly("deputy.khlongkhuean");
        assertThat(identityService.createUserQuery().memberOfGroup("GRP-HR-DIR").list()).extracting(User::getId)
                .containsExactly("director.admin");
        assertThat(identityService.createUserQuery().memberOfGroup("HEAD-OF-OFFICE").list()).extracting(User::getId)
                .containsExactly("head");
    }

    @Test
    void positionsAndUnitsAreGroups() {
        assertThat(identityService.createGroupQuery().groupId("GOVERNOR").singleResult()).isNotNull();
        assertThat(identityService.createGroupQuery().groupType("UNIT").count()).isPositive();
        assertThat(identityService.createGroupQuery().groupId("NO-SUCH-POSITION").singleResult()).isNull();
    }

    @Test
    void passwordsAreCheckedAgainstTheApplicationsPeople() {
        assertThat(identityService.checkPassword("admin", "demo")).isTrue();
        assertThat(identityService.checkPassword("admin", "wrong")).isFalse();
        assertThat(identityService.checkPassword("nobody.here", "demo")).isFalse();
        assertThat(identityService.checkPassword("admin", null)).isFalse();
    }

    @Test
    void usersAreFoundByTheirThaiNameIgnoringCaseAndInUsernameOrder() {
        assertThat(ids(identityService.createUserQuery().userFirstNameLike("%สมชาย%")))
                .containsExactly("agency.tourism", "governor", "health.cdc");
        assertThat(ids(identityService.createUserQuery().userFirstNameLike("%ใจดี")))
                .containsExactly("agency.statistics", "agency.tourism", "director.ict", "district.banpho", "officer.general");
        assertThat(ids(identityService.createUserQuery().userEmailLike("%@CHACHOENGSAO.example")
                .memberOfGroup(unitGroupOf("VICE-GOVERNOR-1")))).containsExactly("vicegovernor1", "vicegovernor2");
        assertThat(ids(identityService.createUserQuery().userFirstNameLike("นายสมชาย%").memberOfGroup("GOVERNOR")))
                .containsExactly("governor");
    }

    @Test
    void exactCriteriaMatchCaseAndWholeValue() {
        assertThat(ids(identityService.createUserQuery().userFirstName("นายสมชาย แสงอรุณ"))).containsExactly("governor");
        assertThat(identityService.createUserQuery().userFirstName("นายสมชาย").count()).isZero();
        assertThat(ids(identityService.createUserQuery().userEmail("head@chachoengsao.example"))).containsExactly("head");
        assertThat(identityService.createUserQuery().userEmail("HEAD@chachoengsao.example").count()).isZero();
        assertThat(ids(identityService.createUserQuery().userIdIn("head", "governor", "nobody.here", "Staff")))
                .containsExactly("governor", "head");
        assertThat(identityService.createUserQuery().userId("Governor").count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("governor").count()).isZero();
    }

    @Test
    void theLastNameIsEmptyForEveryone() {
        long everyone = identityService.createUserQuery().count();
        assertThat(everyone).isPositive();
        assertThat(identityService.createUserQuery().userLastNameLike("%").count()).isEqualTo(everyone);
        assertThat(identityService.createUserQuery().userLastName("").count()).isEqualTo(everyone);
        assertThat(identityService.createUserQuery().userLastName("แสงอรุณ").count()).isZero();
        assertThat(identityService.createUserQuery().userLastNameLike("%อรุณ").count()).isZero();
    }

    @Test
    void usersArePagedAndSortedByTheQuerysOrder() {
        UserQuery jaidee = identityService.createUserQuery().userFirstNameLike("%ใจดี");
        assertThat(jaidee.count()).isEqualTo(jaidee.list().size()).isEqualTo(5 + ofSecondProvince(jaidee));
        assertThat(jaidee.listPage(1, 2)).extracting(User::getId).containsExactly("agency.tourism", "director.ict");
        assertThat(ids(identityService.createUserQuery().userFirstNameLike("%ใจดี").orderByUserFirstName().asc()))
                .containsExactly("director.ict", "agency.statistics", "officer.general", "agency.tourism", "district.banpho");
        assertThat(ids(identityService.createUserQuery().userFirstNameLike("%สมชาย%").orderByUserId().desc()))
                .containsExactly("health.cdc", "governor", "agency.tourism");
    }

    @Test
    void aUnitsMembersAreThePeopleFillingItsPositions() {
        assertThat(ids(identityService.createUserQuery().memberOfGroup(unitGroupOf("DIST-11-CHIEF"))))
                .containsExactly("deputy.khlongkhuean");
        assertThat(ids(identityService.createUserQuery().memberOfGroup("GOVERNOR"))).as("a delegate is no member")
                .containsExactly("governor");
        assertThat(ids(identityService.createUserQuery().memberOfGroup("camunda-admin"))).contains("admin")
                .doesNotContain("governor", "head", "staff");
        assertThat(identityService.createUserQuery().memberOfGroup("unit-0" + directory.positionByCode("GOVERNOR")
                .orElseThrow().unitId()).count()).as("only the unit's own group id").isZero();
    }

    @Test
    void aPersonsGroupsAreExactlyTheirPositionsAndTheirUnits() {
        String adminUnit = unitGroupOf("GRP-ADMIN-DIR");
        String hrUnit = unitGroupOf("GRP-HR-DIR");
        assertThat(gids(identityService.createGroupQuery().groupMember("director.admin")))
                .containsExactlyInAnyOrder("GRP-ADMIN-DIR", "GRP-HR-DIR", adminUnit, hrUnit);
        assertThat(gids(identityService.createGroupQuery().groupMember("director.admin").groupType("POSITION")))
                .containsExactly("GRP-ADMIN-DIR", "GRP-HR-DIR");
        assertThat(gids(identityService.createGroupQuery().groupMember("vicegovernor1")))
                .containsExactlyInAnyOrder("VICE-GOVERNOR-1", unitGroupOf("VICE-GOVERNOR-1"));
        assertThat(identityService.createGroupQuery().groupMember("admin").groupId("camunda-admin").count()).isOne();
        assertThat(identityService.createGroupQuery().groupMember("staff").groupId("camunda-admin").count()).isZero();
        assertThat(identityService.createGroupQuery().groupMember("nobody.here").count()).isZero();
    }

    @Test
    void groupsAreFoundByNameTypeAndIds() {
        String bangKhla = unitGroupOf("DIST-02-CHIEF");
        assertThat(gids(identityService.createGroupQuery().groupType("POSITION").groupNameLike("%อำเภอบางคล้า%")))
                .containsExactly("DIST-02-CHIEF", "DIST-02-DEPUTY");
        assertThat(gids(identityService.createGroupQuery().groupType("UNIT").groupNameLike("อำเภอบางคล้า")))
                .containsExactly(bangKhla);
        Group chief = identityService.createGroupQuery().groupName("นายอำเภอบางคล้า (อำเภอบางคล้า)").singleResult();
        assertThat(chief.getId()).isEqualTo("DIST-02-CHIEF");
        assertThat(chief.getType()).isEqualTo("POSITION");
        assertThat(gids(identityService.createGroupQuery().groupIdIn("GOVERNOR", bangKhla, "camunda-admin", "governor",
                "unit-0" + bangKhla.substring("unit-".length())))).containsExactly("camunda-admin", "GOVERNOR", bangKhla);
        assertThat(identityService.createGroupQuery().groupType("SYSTEM").singleResult().getName())
                .isEqualTo("ผู้ดูแลระบบ Camunda");
        assertThat(identityService.createGroupQuery().groupType("system").count()).isZero();
    }

    @Test
    void groupPagesFollowTheOrderAndTheCountMatchesTheList() {
        GroupQuery districts = identityService.createGroupQuery().groupNameLike("%อำเภอ%").orderByGroupName().desc();
        List<String> all = gids(districts);
        assertThat(all).hasSize((int) identityService.createGroupQuery().groupNameLike("%อำเภอ%").count())
                .hasSizeGreaterThan(20);
        assertThat(districts.listPage(5, 7)).extracting(Group::getId).containsExactlyElementsOf(all.subList(5, 12));
        assertThat(identityService.createGroupQuery().listPage(0, 3)).extracting(Group::getId)
                .containsExactlyElementsOf(gids(identityService.createGroupQuery()).subList(0, 3));
    }

    @Test
    void hostileOrUnusualTextFindsNothingAndBreaksNothing() {
        for (String text : List.of("%' or 1=1 --", "' or '1'='1", "%\\%", "%😀%", "%nul\0byte%")) {
            assertThat(identityService.createUserQuery().userFirstNameLike(text).count()).as(text).isZero();
            assertThat(identityService.createUserQuery().userId(text).list()).as(text).isEmpty();
            assertThat(identityService.createUserQuery().memberOfGroup(text).list()).as(text).isEmpty();
            assertThat(identityService.createGroupQuery().groupNameLike(text).list()).as(text).isEmpty();
            assertThat(identityService.createGroupQuery().groupId(text).count()).as(text).isZero();
            assertThat(identityService.createGroupQuery().groupMember(text).list()).as(text).isEmpty();
        }
    }

    private String unitGroupOf(String positionCode) {
        return "unit-" + directory.positionByCode(positionCode).orElseThrow().unitId();
    }

    /** The users found, in order, but for the second demo province's. */
    private static List<String> ids(UserQuery query) {
        return query.list().stream().map(User::getId).filter(id -> !secondProvince(id)).toList();
    }

    private static long ofSecondProvince(UserQuery query) {
        return query.list().stream().map(User::getId).filter(CamundaIdentityTest::secondProvince).count();
    }

    private static boolean secondProvince(String username) {
        return username.startsWith("pri.") || username.startsWith("moi.");
    }

    private static List<String> gids(GroupQuery query) {
        return query.list().stream().map(Group::getId).toList();
    }
}
