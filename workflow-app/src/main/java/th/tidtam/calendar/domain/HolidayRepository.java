package th.tidtam.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    Optional<Holiday> findByDay(LocalDate day);

    /** The holiday days of a range in one query (a range scan on the unique key of {@code day}). */
    @Query("select h.day from Holiday h where h.day between :from and :to")
    List<LocalDate> findDaysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<Holiday> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

    @Query("select distinct year(h.day) from Holiday h")
    List<Integer> findYears();
}
