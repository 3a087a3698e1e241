package th.tidtam.outgoing.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;
import th.tidtam.outgoing.OutgoingStatus;

/**
 * An outgoing letter of a book: a draft until signed (or registered as signed on paper), then numbered
 * "{@code <owner code>/<n>}" or "{@code <owner code>/ว <n>}" and dated, and never changed again. The field
 * {@code secrecy} makes the audit trail mask its text when classified.
 */
@Entity
@Table(name = "outgoing_letter")
public class OutgoingLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The province of the letter's book: seen only by people of that province. */
    @Column(name = "province_id", nullable = false, updatable = false)
    private Long provinceId;

    @Column(name = "book_id", nullable = false)
    private Long bookId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutgoingStatus status = OutgoingStatus.DRAFT;

    @Column(nullable = false)
    private boolean circular;

    private Integer seq;

    @Column(name = "num_year")
    private Integer numYear;

    @Column(length = 48)
    private String number;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    @Embedded
    private LetterText text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(length = 32)
    private String matter;

    @Column(name = "action_taken", length = 1000)
    private String actionTaken;

    @Column(length = 1000)
    private String remarks;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "drafted_by_person_id"))
    @AttributeOverride(name = "positionId", column = @Column(name = "drafted_by_position_id"))
    @AttributeOverride(name = "capacity", column = @Column(name = "drafted_by_capacity", length = 16))
    private ActorStamp draftedBy;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "signed_by_person_id"))
    @AttributeOverride(name = "positionId", column = @Column(name = "signed_by_position_id"))
    @AttributeOverride(name = "capacity", column = @Column(name = "signed_by_capacity", length = 16))
    private ActorStamp signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signature_block", length = 1000)
    private String signatureBlock;

    @Column(name = "memo_id")
    private Long memoId;

    @Column(name = "search_text", columnDefinition = "text")
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected OutgoingLetter() {
    }

    public OutgoingLetter(long provinceId, Long bookId, ActorStamp draftedBy, Instant at) {
        this.provinceId = provinceId;
        this.bookId = bookId;
        this.draftedBy = draftedBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The words and classification of the letter (a draft, or the paper letter being registered). */
    public void write(LetterText text, boolean circular, Urgency urgency, SecrecyClass secrecy, String matter,
            String actionTaken, String remarks, String searchText, Instant at) {
        this.text = text;
        this.circular = circular;
        this.urgency = urgency;
        this.secrecy = secrecy;
        this.matter = matter;
        this.actionTaken = actionTaken;
        this.remarks = remarks;
        this.searchText = searchText;
        this.updatedAt = at;
    }

    /** Takes its place in the register: number, date, who signed and the signature block as printed. */
    public void number(OutgoingStatus status, int seq, int year, String number, LocalDate date, ActorStamp signedBy,
            String signatureBlock, String searchText, Instant at) {
        this.status = status;
        this.seq = seq;
        this.numYear = year;
        this.number = number;
        this.letterDate = date;
        this.signedBy = signedBy;
        this.signatureBlock = signatureBlock;
        this.signedAt = at;
        this.searchText = searchText;
        this.updatedAt = at;
    }

    public void presented(Long memoId, Instant at) {
        this.status = OutgoingStatus.PRESENTED;
        this.memoId = memoId;
        this.updatedAt = at;
    }

    /** Back to a draft (the memo disapproved it) or withdrawn; the memo link goes with it. */
    public void settle(OutgoingStatus status, Instant at) {
        this.status = status;
        this.memoId = null;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public Long getBookId() { return bookId; }
    public OutgoingStatus getStatus() { return status; }
    public boolean isCircular() { return circular; }
    public Integer getSeq() { return seq; }
    public Integer getNumYear() { return numYear; }
    public String getNumber() { return number; }
    public LocalDate getLetterDate() { return letterDate; }
    public LetterText getText() { return text; }
    public Urgency getUrgency() { return urgency; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public String getMatter() { return matter; }
    public String getActionTaken() { return actionTaken; }
    public String getRemarks() { return remarks; }
    public ActorStamp getDraftedBy() { return draftedBy; }
    public ActorStamp getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public String getSignatureBlock() { return signatureBlock; }
    public Long getMemoId() { return memoId; }
    public String getSearchText() { return searchText; }
    public Instant getUpdatedAt() { return updatedAt; }
}
