package th.tidtam.memo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A position the memo reached: it may see the memo from then on. */
@Entity
@Table(name = "memo_reach")
public class MemoReach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "memo_id", nullable = false)
    private Long memoId;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    protected MemoReach() {
    }

    public MemoReach(Long memoId, Long positionId) {
        this.memoId = memoId;
        this.positionId = positionId;
    }

    public Long getMemoId() { return memoId; }
    public Long getPositionId() { return positionId; }
}
