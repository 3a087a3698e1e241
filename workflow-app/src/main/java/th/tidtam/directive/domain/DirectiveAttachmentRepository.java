package th.tidtam.directive.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveAttachmentRepository extends JpaRepository<DirectiveAttachment, Long> {

    List<DirectiveAttachment> findByDirectiveIdOrderByUploadedAtAscIdAsc(Long directiveId);

    List<DirectiveAttachment> findByDirectiveIdAndPartIdOrderByUploadedAtAscIdAsc(Long directiveId, Long partId);
}
