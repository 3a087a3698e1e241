package th.tidtam.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One kind of matter a delegation covers (a line of the delegation order's annex); an entity so the audit trail has it. */
@Entity
@Table(name = "assignment_matter")
public class AssignmentMatter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private Long assignmentId;

    @Column(nullable = false, length = 32, updatable = false)
    private String matter;

    protected AssignmentMatter() {
    }

    public AssignmentMatter(Long assignmentId, String matter) {
        this.assignmentId = assignmentId;
        this.matter = matter;
    }

    public Long getId() { return id; }
    public Long getAssignmentId() { return assignmentId; }
    public String getMatter() { return matter; }
}
