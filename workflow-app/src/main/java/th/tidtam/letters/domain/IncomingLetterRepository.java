package th.tidtam.letters.domain;

import th.tidtam.casework.Clearance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

public interface IncomingLetterRepository extends JpaRepository<IncomingLetter, Long> {

    /** The letter with its row locked until the transaction ends: two handlers acting at once queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from IncomingLetter l where l.id = :id")
    Optional<IncomingLetter> lockById(@Param("id") Long id);

    Optional<IncomingLetter> findByExternalId(String externalId);

    boolean existsByProvinceIdAndReceivedYearAndReceivedNumber(Long provinceId, int receivedYear, int receivedNumber);

    /** The highest number of the province's register in the year (each province keeps its own register). */
    @Query("select coalesce(max(l.receivedNumber), 0) from IncomingLetter l where l.provinceId = :province and l.receivedYear = :year")
    int highestNumber(@Param("province") long provinceId, @Param("year") int year);

    /**
     * Other letters of the province with the same sender number and date (the same letter received twice, or a
     * sender's slip); another province receiving the same letter keeps its own copy.
     */
    @Query("""
            select l from IncomingLetter l where l.provinceId = :province
               and l.senderNumber = :senderNumber and l.senderDate = :senderDate
               and (:exceptId is null or l.id <> :exceptId) order by l.receivedYear, l.receivedNumber
            """)
    List<IncomingLetter> sameSender(@Param("province") Long provinceId, @Param("senderNumber") String senderNumber, @Param("senderDate") LocalDate senderDate,
            @Param("exceptId") Long exceptId);

    /**
     * The register of the caller's provinces as the caller may see it, newest number first: {@code everything} (the
     * governor, the head of office) sees all of it; {@code register} (the correspondence section, the vice governors) the unclassified letters;
     * anyone also the letters their positions registered or are on the route of — a classified one only through
     * their positions cleared for its class ({@code confidential}, {@code secret}: see the casework core's Clearance).
     */
    @Query(value = """
            select l from IncomingLetter l
             where l.provinceId in :provinces and l.receivedAt >= :from and l.receivedAt < :to
               and (:urgency is null or l.urgency = :urgency) and (:secrecy is null or l.secrecy = :secrecy)
               and (:duplicatesOnly = false or l.duplicate = true)
               and (:pattern is null or l.searchText like :pattern)
               and (:everything = true
                    or (:register = true and l.secrecy = th.tidtam.org.SecrecyClass.NONE)
                    or (l.secrecy = th.tidtam.org.SecrecyClass.NONE
                        and (l.registeredBy.positionId in :mine
                             or l.id in (select r.letterId from LetterRouteEntry r where r.positionId in :mine)))
                    or (l.secrecy = th.tidtam.org.SecrecyClass.CONFIDENTIAL
                        and (l.registeredBy.positionId in :confidential
                             or l.id in (select r.letterId from LetterRouteEntry r where r.positionId in :confidential)))
                    or (l.secrecy = th.tidtam.org.SecrecyClass.SECRET
                        and (l.registeredBy.positionId in :secret
                             or l.id in (select r.letterId from LetterRouteEntry r where r.positionId in :secret))))
             order by l.receivedYear desc, l.receivedNumber desc
            """)
    Page<IncomingLetter> visible(@Param("provinces") Collection<Long> provinces, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
            @Param("urgency") Urgency urgency, @Param("secrecy") SecrecyClass secrecy,
            @Param("duplicatesOnly") boolean duplicatesOnly, @Param("pattern") String pattern,
            @Param("everything") boolean everything, @Param("register") boolean register,
            @Param("mine") Collection<Long> mine, @Param("confidential") Collection<Long> confidential,
            @Param("secret") Collection<Long> secret, Pageable page);
}
