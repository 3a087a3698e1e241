package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.base.RuleViolation;
import th.tidtam.process.InboxFilter;
import th.tidtam.support.IntegrationTest;

/**
 * Two tabs of one person saving a filter at once: the second save waits until the first has committed and then sees
 * it, so they cannot both take the 20th place, nor both take one name in different letter case — also when the person
 * has no filter yet (nothing of the person's filters to lock then). Held open deterministically: the first save stays
 * uncommitted inside a transaction while the second is seen waiting.
 */
@IntegrationTest
class SavedFiltersRaceTest {

    private static final String USER = "district.bangkhla";

    @Autowired
    SavedFilters filters;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private long person;

    @BeforeEach
    @AfterEach
    void noFilters() {
        person = jdbc.queryForObject("select id from person where username = ?", Long.class, USER);
        jdbc.update("delete from saved_inbox_filter where person_id = ?", person);
    }

    @Test
    void twoTabsCannotBothTakeTheTwentiethPlace() throws Exception {
        for (int i = 1; i < SavedFilters.MAX_PER_PERSON; i++) {
            String name = "ตัวกรอง " + i;
            as(() -> filters.save(name, InboxFilter.none()));
        }
        assertThat(whileAnotherSaveIsOpen("ที่ยี่สิบ", "ที่ยี่สิบเอ็ด")).isEqualTo("work.filter.error.too-many");
        assertThat(count()).isEqualTo(SavedFilters.MAX_PER_PERSON);
        assertThat(lockHeld()).as("the lock is released with the transaction").isFalse();
    }

    @Test
    void twoTabsCannotBothTakeOneNameInDifferentCaseEvenAsTheirFirstFilter() throws Exception {
        assertThat(whileAnotherSaveIsOpen("Work", "work")).isEqualTo("work.filter.error.name-taken");
        assertThat(count()).isEqualTo(1);
        assertThat(lockHeld()).isFalse();
    }

    @Test
    void aRefusedSaveReleasesTheLockToo() throws Exception {
        as(() -> filters.save("เดียว", InboxFilter.none()));
        assertThatThrownBy(() -> as(() -> filters.save("เดียว", InboxFilter.none()))).isInstanceOf(RuleViolation.class);
        assertThat(lockHeld()).isFalse();
        assertThat(whileAnotherSaveIsOpen("สอง", "สาม")).isEqualTo("saved");
        assertThat(count()).isEqualTo(3);
    }

    /**
     * Saves {@code first} in a transaction left open until {@code second}, saved meanwhile on another thread, has been
     * seen waiting for it; answers what became of the second save once the first committed.
     */
    private String whileAnotherSaveIsOpen(String first, String second) throws Exception {
        ExecutorService tab = Executors.newSingleThreadExecutor();
        try {
            Future<String> other = new TransactionTemplate(transactions).execute(status -> as(() -> {
                filters.save(first, InboxFilter.none());
                Future<String> f = tab.submit(() -> as(() -> {
                    try {
                        filters.save(second, InboxFilter.none());
                        return "saved";
                    } catch (RuleViolation v) {
                        return v.messageKey();
                    }
                }));
                assertThatThrownBy(() -> f.get(1500, TimeUnit.MILLISECONDS)).as("the other tab waits for this save")
                        .isInstanceOf(TimeoutException.class);
                return f;
            }));
            return other.get(30, TimeUnit.SECONDS);
        } finally {
            tab.shutdownNow();
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from saved_inbox_filter where person_id = ?", Long.class, person);
    }

    private boolean lockHeld() {
        return jdbc.queryForObject("select is_used_lock(?)", Long.class, "tidtam.saved_inbox_filter." + person) != null;
    }

    private <T> T as(Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(USER);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
