package th.tidtam.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.notify.domain.NotificationSettings;
import th.tidtam.notify.domain.Policy;
import th.tidtam.support.IntegrationTest;

/**
 * The administrator's notification policy is read once and kept for the notifications that follow, and this node's
 * change is used at once: a committed one by the next reader, a rolled-back one never.
 */
@IntegrationTest
class NotificationPolicyKeptTest {

    private static final NotificationKind KIND = NotificationKind.REPORT_RETURNED;

    @Autowired
    NotificationSettings settings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void thePolicyIsReadOnceForTheNotificationsThatFollow() {
        Map<NotificationKind, Policy> first = settings.policies();

        assertThat(settings.policies()).isSameAs(first);
    }

    @Test
    void aCommittedChangeIsUsedAtOnceAndARolledBackOneNever() {
        Policy original = settings.policies().get(KIND);
        Policy digestOnly = new Policy(KIND, EnumSet.of(Channel.DIGEST), Channel.DIGEST);
        Policy noneOnly = new Policy(KIND, EnumSet.of(Channel.NONE), Channel.NONE);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try {
            tx.executeWithoutResult(status -> settings.savePolicy(digestOnly, "test", Instant.now()));
            assertThat(settings.policies().get(KIND)).isEqualTo(digestOnly);

            tx.executeWithoutResult(status -> {
                settings.savePolicy(noneOnly, "test", Instant.now());
                assertThat(settings.policies().get(KIND)).isEqualTo(noneOnly);
                status.setRollbackOnly();
            });
            assertThat(settings.policies().get(KIND)).isEqualTo(digestOnly);
        } finally {
            tx.executeWithoutResult(status -> settings.savePolicy(original, "test", Instant.now()));
        }
        assertThat(settings.policies().get(KIND)).isEqualTo(original);
    }
}
