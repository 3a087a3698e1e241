package th.tidtam.casework.numbering;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * Running numbers in named series, for every case type: the directives' {@code 27/2569} restart with the Buddhist-era
 * year, a letters register's with the calendar year. The period's row is locked until the caller's transaction ends:
 * concurrent callers queue, and a rolled-back case gives its number back, so numbers neither repeat nor skip.
 */
@Service
public class NumberSeries {

    /** Which year a series restarts with. */
    public enum Restart {
        /** ปีพุทธศักราช: 1 January, counted as CE + 543 (Thai official numbering since 1941) */
        BUDDHIST_YEAR,
        /** the calendar year (CE), e.g. a register that restarts each January and stores CE years */
        CALENDAR_YEAR
    }

    /** A named series, e.g. {@code new Series("DIRECTIVE", Restart.BUDDHIST_YEAR)}. */
    public record Series(String name, Restart restart) {

        public Series {
            if (name == null || name.isBlank() || name.length() > 64) {
                throw new IllegalArgumentException("a series needs a name of 1..64 characters");
            }
        }

        /** The period (year) a day falls in for this series. */
        public int periodOf(LocalDate day) {
            return restart == Restart.BUDDHIST_YEAR ? day.getYear() + 543 : day.getYear();
        }
    }

    /** A number handed out: the running number and the period (year) it counts in. */
    public record Number(int period, int value) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Provinces provinces;

    NumberSeries(JdbcTemplate jdbc, Clock clock, Provinces provinces) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.provinces = provinces;
    }

    /** The next number of the province's series in today's period (in the application's time zone). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Number next(long provinceId, Series series) {
        int period = series.periodOf(LocalDate.now(clock));
        return new Number(period, next(provinceId, series, period));
    }

    /** The next number of the province's series in the given period: each province counts from 1. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long provinceId, Series series, int period) {
        // one statement that creates or increments the period's row under an exclusive lock (no shared-then-exclusive
        // upgrade, which deadlocks concurrent callers); LAST_INSERT_ID(expr) hands the new value to this connection
        jdbc.update("""
                insert into number_series (province_id, series, period, last_number) values (?, ?, ?, last_insert_id(1))
                on duplicate key update last_number = last_insert_id(last_number + 1)
                """, provinceId, series.name(), period);
        Integer next = jdbc.queryForObject("select last_insert_id()", Integer.class);
        if (next == null || next < 1) {
            throw new IllegalStateException("No number in series " + series.name() + " for " + period);
        }
        return next;
    }

    /**
     * Continues a count kept before the series was: the next number of the period will follow {@code lastNumber}
     * (never lower than what the series already handed out). For a register started in the middle of a year.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void continueAfter(long provinceId, Series series, int period, int lastNumber) {
        if (lastNumber < 0) {
            throw new IllegalArgumentException("lastNumber must not be negative: " + lastNumber);
        }
        jdbc.update("""
                insert into number_series (province_id, series, period, last_number) values (?, ?, ?, ?)
                on duplicate key update last_number = greatest(last_number, values(last_number))
                """, provinceId, series.name(), period, lastNumber);
    }

    /** The last number the province's series handed out in the period; 0 when it handed out none. */
    public int last(long provinceId, Series series, int period) {
        Integer last = jdbc.query("select last_number from number_series where province_id = ? and series = ? and period = ?",
                rs -> rs.next() ? rs.getInt(1) : null, provinceId, series.name(), period);
        return last == null ? 0 : last;
    }

    // --- the same for an installation that serves one province ----------------------------------------------------
    // Kept while the case types move to naming their province; with several provinces they refuse to guess.

    @Transactional(propagation = Propagation.MANDATORY)
    public Number next(Series series) {
        return next(onlyProvince(), series);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(Series series, int period) {
        return next(onlyProvince(), series, period);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void continueAfter(Series series, int period, int lastNumber) {
        continueAfter(onlyProvince(), series, period, lastNumber);
    }

    public int last(Series series, int period) {
        return last(onlyProvince(), series, period);
    }

    private long onlyProvince() {
        return provinces.onlyOne().map(ProvinceSummary::id).orElseThrow(() -> new IllegalStateException(
                "This installation serves " + provinces.all().size() + " provinces: a number series needs its province"));
    }
}
