package th.tidtam.memo.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.ActorStamp;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.org.SecrecyClass;

/** One เกษียน: who (name and title as they were), in which capacity, what they wrote and when. Never changed. */
@Entity
@Table(name = "memo_annotation")
public class MemoAnnotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "memo_id", nullable = false)
    private Long memoId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnnotationKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "capacity")) })
    private ActorStamp by;

    @Column(name = "on_behalf_of_position_id")
    private Long onBehalfOfPositionId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "position_title_th")
    private String positionTitleTh;

    @Column(name = "position_title_en")
    private String positionTitleEn;

    @Column(name = "to_position_id")
    private Long toPositionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private MemoPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Column(columnDefinition = "text")
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(name = "annotated_at", nullable = false)
    private Instant annotatedAt;

    protected MemoAnnotation() {
    }

    public MemoAnnotation(Long memoId, int seq, AnnotationKind kind, ActorStamp by, Long onBehalfOfPositionId,
            String personName, String positionTitleTh, String positionTitleEn, Long toPositionId, MemoPurpose purpose,
            Decision decision, String note, SecrecyClass secrecy, Instant annotatedAt) {
        this.memoId = memoId;
        this.seq = seq;
        this.kind = kind;
        this.by = by;
        this.onBehalfOfPositionId = onBehalfOfPositionId;
        this.personName = personName;
        this.positionTitleTh = positionTitleTh;
        this.positionTitleEn = positionTitleEn;
        this.toPositionId = toPositionId;
        this.purpose = purpose;
        this.decision = decision;
        this.note = note;
        this.secrecy = secrecy;
        this.annotatedAt = annotatedAt;
    }

    public Long getId() { return id; }
    public Long getMemoId() { return memoId; }
    public int getSeq() { return seq; }
    public AnnotationKind getKind() { return kind; }
    public ActorStamp getBy() { return by; }
    public Long getOnBehalfOfPositionId() { return onBehalfOfPositionId; }
    public String getPersonName() { return personName; }
    public String getPositionTitleTh() { return positionTitleTh; }
    public String getPositionTitleEn() { return positionTitleEn; }
    public Long getToPositionId() { return toPositionId; }
    public MemoPurpose getPurpose() { return purpose; }
    public Decision getDecision() { return decision; }
    public String getNote() { return note; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public Instant getAnnotatedAt() { return annotatedAt; }
}
