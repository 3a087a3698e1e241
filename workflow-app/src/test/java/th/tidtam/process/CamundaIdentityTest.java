package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.support.IntegrationTest;

/** Camunda sees the chain of command: people are users, positions (by code), units and camunda-admin are groups. */
@IntegrationTest
class CamundaIdentityTest {

    @Autowired
    IdentityService identityService;

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
}
