package th.tidtam.meeting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import th.tidtam.meeting.BodyKind;

public interface MeetingBodyRepository extends JpaRepository<MeetingBody, Long> {

    /** A body's code is unique within its province. */
    Optional<MeetingBody> findByProvinceIdAndCode(Long provinceId, String code);

    /** The body locked until the transaction ends: meetings of one body are scheduled one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select b from MeetingBody b where b.id = :id")
    Optional<MeetingBody> lockById(@org.springframework.data.repository.query.Param("id") Long id);

    List<MeetingBody> findAllByOrderByKindAscCodeAsc();

    List<MeetingBody> findByKindAndActiveTrueOrderByIdAsc(BodyKind kind);

    List<MeetingBody> findByProvinceIdAndKindAndActiveTrueOrderByIdAsc(Long provinceId, BodyKind kind);
}
