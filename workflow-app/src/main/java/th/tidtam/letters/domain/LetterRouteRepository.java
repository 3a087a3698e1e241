package th.tidtam.letters.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LetterRouteRepository extends JpaRepository<LetterRouteEntry, Long> {

    List<LetterRouteEntry> findByLetterIdOrderByAtAscIdAsc(Long letterId);

    /** Whether any of the positions is on the letter's route. */
    @Query("select count(r) > 0 from LetterRouteEntry r where r.letterId = :letterId and r.positionId in :positions")
    boolean onRoute(@Param("letterId") Long letterId, @Param("positions") Collection<Long> positions);

    /** The letters on whose route any of the positions is. */
    @Query("select distinct r.letterId from LetterRouteEntry r where r.positionId in :positions")
    List<Long> lettersRouted(@Param("positions") Collection<Long> positions);
}
