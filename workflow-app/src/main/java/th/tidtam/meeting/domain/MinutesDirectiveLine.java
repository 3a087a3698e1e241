package th.tidtam.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.directive.Cadence;

/** A directive of the chair as the minutes write it, and the directive it became once issued. */
@Entity
@Table(name = "minutes_directive")
public class MinutesDirectiveLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(name = "agenda_item_number", nullable = false, length = 32)
    private String agendaItemNumber;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "unit_ids", nullable = false, length = 2000)
    private String unitIds;

    @Column(name = "all_districts", nullable = false)
    private boolean allDistricts;

    @Column(name = "all_agencies", nullable = false)
    private boolean allAgencies;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Cadence cadence;

    @Column(name = "cadence_days")
    private Integer cadenceDays;

    @Column(name = "batch_key", length = 64)
    private String batchKey;

    @Column(name = "issued_directive_id")
    private Long issuedDirectiveId;

    @Column(name = "issued_directive_number", length = 16)
    private String issuedDirectiveNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MinutesDirectiveLine() {
    }

    public MinutesDirectiveLine(Long meetingId, Long agendaItemId, String agendaItemNumber, int seq, String subject,
            String text, List<Long> unitIds, boolean allDistricts, boolean allAgencies, LocalDate dueDate,
            Cadence cadence, Integer cadenceDays, Instant createdAt) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.agendaItemNumber = agendaItemNumber;
        this.seq = seq;
        this.subject = subject;
        this.text = text;
        this.unitIds = String.join(",", unitIds.stream().map(String::valueOf).toList());
        this.allDistricts = allDistricts;
        this.allAgencies = allAgencies;
        this.dueDate = dueDate;
        this.cadence = cadence;
        this.cadenceDays = cadenceDays;
        this.createdAt = createdAt;
    }

    public void issued(String batchKey, Long directiveId, String directiveNumber) {
        this.batchKey = batchKey;
        this.issuedDirectiveId = directiveId;
        this.issuedDirectiveNumber = directiveNumber;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public String getAgendaItemNumber() { return agendaItemNumber; }
    public int getSeq() { return seq; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public List<Long> getUnitIds() {
        return unitIds == null || unitIds.isBlank() ? List.of() : Arrays.stream(unitIds.split(",")).map(Long::valueOf).toList();
    }
    public boolean isAllDistricts() { return allDistricts; }
    public boolean isAllAgencies() { return allAgencies; }
    public LocalDate getDueDate() { return dueDate; }
    public Cadence getCadence() { return cadence; }
    public Integer getCadenceDays() { return cadenceDays; }
    public String getBatchKey() { return batchKey; }
    public Long getIssuedDirectiveId() { return issuedDirectiveId; }
    public String getIssuedDirectiveNumber() { return issuedDirectiveNumber; }
    public Instant getCreatedAt() { return createdAt; }
}
