package th.tidtam.outgoing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import th.tidtam.outgoing.OutgoingStatus;

public interface OutgoingLetterRepository extends JpaRepository<OutgoingLetter, Long> {

    /** The letter locked until the transaction ends: a double click on "sign", two memos deciding at once — one wins. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from OutgoingLetter l where l.id = :id")
    Optional<OutgoingLetter> lockById(@Param("id") Long id);

    /** The register of books in a period: numbered letters dated within it, in register order. */
    @Query("""
            select l from OutgoingLetter l where l.bookId in :books and l.status in :statuses
               and l.letterDate >= :from and l.letterDate <= :to
             order by l.letterDate asc, l.bookId asc, l.circular asc, l.seq asc
            """)
    List<OutgoingLetter> register(@Param("books") Collection<Long> books, @Param("statuses") Collection<OutgoingStatus> statuses,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * Newest first, for the screens: letters of the books, or drafted by the positions; a classified one only through
     * the positions cleared for its class ({@code confidential}, {@code secret}; the casework core's Clearance).
     */
    @Query("""
            select l from OutgoingLetter l where (l.bookId in :books or l.draftedBy.positionId in :positions)
               and (:top = true or l.secrecy = th.tidtam.org.SecrecyClass.NONE
                    or (l.secrecy = th.tidtam.org.SecrecyClass.CONFIDENTIAL
                        and (l.draftedBy.positionId in :confidential or l.signedBy.positionId in :confidential))
                    or (l.secrecy = th.tidtam.org.SecrecyClass.SECRET
                        and (l.draftedBy.positionId in :secret or l.signedBy.positionId in :secret)))
               and (:status is null or l.status = :status)
             order by l.updatedAt desc, l.id desc
            """)
    List<OutgoingLetter> listed(@Param("books") Collection<Long> books, @Param("positions") Collection<Long> positions,
            @Param("status") OutgoingStatus status, @Param("top") boolean top,
            @Param("confidential") Collection<Long> confidential, @Param("secret") Collection<Long> secret, Pageable page);

    @Query("""
            select count(l) from OutgoingLetter l where (l.bookId in :books or l.draftedBy.positionId in :positions)
               and (:top = true or l.secrecy = th.tidtam.org.SecrecyClass.NONE
                    or (l.secrecy = th.tidtam.org.SecrecyClass.CONFIDENTIAL
                        and (l.draftedBy.positionId in :confidential or l.signedBy.positionId in :confidential))
                    or (l.secrecy = th.tidtam.org.SecrecyClass.SECRET
                        and (l.draftedBy.positionId in :secret or l.signedBy.positionId in :secret)))
               and (:status is null or l.status = :status)
            """)
    long countListed(@Param("books") Collection<Long> books, @Param("positions") Collection<Long> positions,
            @Param("status") OutgoingStatus status, @Param("top") boolean top,
            @Param("confidential") Collection<Long> confidential, @Param("secret") Collection<Long> secret);

    /** The date of the latest letter numbered in a book's series and year (a late registration may not come before it). */
    @Query("select max(l.letterDate) from OutgoingLetter l where l.bookId = :book and l.circular = :circular and l.numYear = :year")
    Optional<LocalDate> latestDate(@Param("book") Long bookId, @Param("circular") boolean circular, @Param("year") int year);

    /** Search in the provinces' letters: every word in the folded search text, newest first. */
    @Query("""
            select l from OutgoingLetter l where l.provinceId in :provinces and l.status in :statuses
               and l.searchText like :pattern
             order by l.updatedAt desc, l.id desc
            """)
    List<OutgoingLetter> matching(@Param("provinces") Collection<Long> provinces, @Param("statuses") Collection<OutgoingStatus> statuses, @Param("pattern") String pattern,
            Pageable page);
}
