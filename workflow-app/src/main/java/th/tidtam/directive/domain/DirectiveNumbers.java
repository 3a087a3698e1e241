package th.tidtam.directive.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out running numbers per Buddhist-era year. The year's row is locked until the issuing transaction ends:
 * concurrent issuers queue, and a rolled-back issue gives its number back, so numbers neither repeat nor skip.
 */
@Component
public class DirectiveNumbers {

    private final JdbcTemplate jdbc;

    DirectiveNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(int beYear) {
        // one statement that creates or increments the year's row under an exclusive lock (no shared-then-exclusive
        // upgrade, which deadlocks concurrent issuers); LAST_INSERT_ID(expr) hands the new value to this connection
        jdbc.update("""
                insert into directive_number_sequence (be_year, last_number) values (?, last_insert_id(1))
                on duplicate key update last_number = last_insert_id(last_number + 1)
                """, beYear);
        Integer next = jdbc.queryForObject("select last_insert_id()", Integer.class);
        if (next == null || next < 1) {
            throw new IllegalStateException("No directive number for " + beYear);
        }
        return next;
    }
}
