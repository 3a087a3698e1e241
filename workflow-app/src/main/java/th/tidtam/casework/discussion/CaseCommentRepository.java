package th.tidtam.casework.discussion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseCommentRepository extends JpaRepository<CaseComment, Long> {

    @Query("""
            select c from CaseComment c where c.caseType = :caseType and c.caseId = :caseId
            and ((:partId is null and c.partId is null) or c.partId = :partId) order by c.createdAt asc, c.id asc
            """)
    List<CaseComment> thread(String caseType, Long caseId, Long partId, Pageable page);

    @Query("""
            select count(c) from CaseComment c where c.caseType = :caseType and c.caseId = :caseId
            and ((:partId is null and c.partId is null) or c.partId = :partId)
            """)
    long countThread(String caseType, Long caseId, Long partId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseComment c where c.id = :id")
    Optional<CaseComment> findForUpdate(Long id);

    @Query("select c from CaseComment c where c.author.personId = :personId and c.clientKey = :clientKey")
    Optional<CaseComment> findPosted(Long personId, String clientKey);
}

interface CaseCommentRevisionRepository extends JpaRepository<CaseCommentRevision, Long> {

    List<CaseCommentRevision> findByCommentIdOrderByIdAsc(Long commentId);

    @Query("select r.commentId, count(r) from CaseCommentRevision r where r.commentId in :commentIds group by r.commentId")
    List<Object[]> countByComment(Collection<Long> commentIds);
}

interface CaseCommentMentionRepository extends JpaRepository<CaseCommentMention, Long> {

    List<CaseCommentMention> findByCommentIdInOrderByIdAsc(Collection<Long> commentIds);
}

interface CaseCommentAttachmentRepository extends JpaRepository<CaseCommentAttachment, Long> {

    List<CaseCommentAttachment> findByCommentIdInOrderByIdAsc(Collection<Long> commentIds);
}
