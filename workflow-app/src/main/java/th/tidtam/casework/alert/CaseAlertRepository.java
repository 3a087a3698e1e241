package th.tidtam.casework.alert;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAlertRepository extends JpaRepository<CaseAlert, Long> {

    List<CaseAlert> findByPositionIdInAndReadAtIsNullOrderByCreatedAtDescIdDesc(Collection<Long> positionIds, Pageable page);

    List<CaseAlert> findByCaseTypeAndCaseIdOrderByIdAsc(String caseType, Long caseId);
}
