package th.tidtam.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    /** The holiday of the day that counts for the province: a national one, or the province's own (null: national). */
    @Query("select h from Holiday h where h.day = :day and (h.provinceId is null or h.provinceId = :province)")
    List<Holiday> findCounting(@Param("day") LocalDate day, @Param("province") Long provinceId);

    /** The holiday days of a range in one query, every province's (a range scan on the unique key, which leads with day). */
    @Query("select distinct h.day from Holiday h where h.day between :from and :to")
    List<LocalDate> findDaysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The national holiday days of a range and the province's own ({@code province} null: the national ones). */
    @Query("select distinct h.day from Holiday h where h.day between :from and :to"
            + " and (h.provinceId is null or h.provinceId = :province)")
    List<LocalDate> findDaysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("province") Long provinceId);

    List<Holiday> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

    @Query("select distinct year(h.day) from Holiday h")
    List<Integer> findYears();
}
