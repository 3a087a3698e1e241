package th.tidtam.casework.attachment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    List<CaseAttachment> findByCaseTypeAndCaseIdOrderByUploadedAtAscIdAsc(String caseType, Long caseId);

    List<CaseAttachment> findByCaseTypeAndCaseIdAndPartIdOrderByUploadedAtAscIdAsc(String caseType, Long caseId, Long partId);
}
