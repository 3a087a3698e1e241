package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * The chain of command's answers are kept across transactions and threads, and every change to org's tables shows in
 * the next transaction: one made through OrgAdministration, and one made with plain SQL beside the application (as
 * another node, a bulk load or a console would make it), because the database raises org's version either way.
 */
@IntegrationTest
class OrgAnswersAcrossTransactionsTest {

    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anUnchangedChainOfCommandIsAnsweredFromWhatAnEarlierTransactionRead() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary position = fx.position("KEPT", fx.unit("KEPT").id(), null);
        fx.hold(position.id(), fx.person("kept").id(), directory.today().minusYears(1));

        List<Actor> first = directory.actorsFor(position.id());
        List<Actor> second = directory.actorsFor(position.id());

        // the same object: the second transaction did not read the tables again
        assertThat(second).hasSize(1).isSameAs(first);
    }

    @Test
    void aChangeThroughOrgAdministrationIsSeenByTheNextTransaction() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary position = fx.position("ADMIN", fx.unit("ADMIN").id(), null);
        LocalDate today = directory.today();
        assertThat(directory.actorsFor(position.id())).isEmpty();
        assertThat(directory.position(position.id()).orElseThrow().vacant()).isTrue();

        PersonSummary holder = fx.person("admin");
        Actor held = fx.hold(position.id(), holder.id(), today.minusYears(1));

        assertThat(directory.actorsFor(position.id())).extracting(Actor::username).containsExactly(holder.username());
        assertThat(directory.position(position.id()).orElseThrow().vacant()).isFalse();

        admin.endAssignment(held.assignmentId(), today.minusDays(1));

        assertThat(directory.actorsFor(position.id())).isEmpty();
    }

    @Test
    void aChangeMadeBesideTheApplicationIsSeenByTheNextTransaction() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary top = fx.position("TOP", fx.unit("BESIDE").id(), null);
        PositionSummary below = fx.position("BELOW", top.unitId(), top.id());
        LocalDate today = directory.today();
        fx.hold(top.id(), fx.person("top").id(), today.minusYears(1));
        PersonSummary other = fx.person("other");
        assertThat(directory.responsiblePosition(below.id())).contains(top.id());
        assertThat(directory.actorsFor(below.id())).isEmpty();

        // what another node on the same database would do: its own connection, its own commit
        jdbc.update("insert into position_assignment (position_id, person_id, kind, valid_from) values (?, ?, 'HOLDER', ?)",
                below.id(), other.id(), today.minusDays(1));

        assertThat(directory.responsiblePosition(below.id())).contains(below.id());
        assertThat(directory.actorsFor(below.id())).extracting(Actor::username).containsExactly(other.username());
    }

    @Test
    void whatARolledBackTransactionReadIsNeverKept() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary position = fx.position("ROLLBACK", fx.unit("ROLLBACK").id(), null);
        PersonSummary ghost = fx.person("ghost");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            jdbc.update("insert into position_assignment (position_id, person_id, kind, valid_from) values (?, ?, 'HOLDER', ?)",
                    position.id(), ghost.id(), directory.today().minusDays(1));
            assertThat(directory.actorsFor(position.id())).hasSize(1);
            status.setRollbackOnly();
        });
        // an unrelated change commits the version number the rolled-back transaction had seen
        jdbc.update("update org_position set title_en = concat(title_en, '.') where id = ?", position.id());

        assertThat(directory.actorsFor(position.id())).isEmpty();
    }
}
