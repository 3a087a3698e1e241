package th.tidtam.matters.service;

import th.tidtam.casework.Clearance;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Urgency;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.search.SearchText;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.matters.Complainant;
import th.tidtam.matters.MatterSource;
import th.tidtam.matters.NewMatter;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterComplainant;
import th.tidtam.matters.domain.MatterComplainantRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.process.Workflows;
import th.tidtam.process.WorkItemVariables;

/** Registering a matter: checked, numbered (series MATTER per BE year), its process started, in one transaction. */
@Service
public class MatterRegistration {

    static final NumberSeries.Series SERIES = new NumberSeries.Series("MATTER", NumberSeries.Restart.BUDDHIST_YEAR);

    private final MatterRepository matters;
    private final MatterComplainantRepository complainants;
    private final MatterAccess access;
    private final NumberSeries numbers;
    private final Workflows workflows;
    private final MatterRecords records;
    private final WorkingCalendar calendar;
    private final IncomingRegister letters;
    private final OrgDirectory org;

    private final Clearance clearance;
    MatterRegistration(MatterRepository matters, MatterComplainantRepository complainants, MatterAccess access,
            NumberSeries numbers, Workflows workflows, MatterRecords records, WorkingCalendar calendar,
            IncomingRegister letters, OrgDirectory org, Clearance clearance) {
        this.clearance = clearance;
        this.matters = matters;
        this.complainants = complainants;
        this.access = access;
        this.numbers = numbers;
        this.workflows = workflows;
        this.records = records;
        this.calendar = calendar;
        this.letters = letters;
        this.org = org;
    }

    /** Whether the current user may register matters (the screens show the button). */
    public boolean mayRegister() {
        return access.mayRegister();
    }

    /** Registers the matter and puts it in the head of office's triage; returns its id. */
    @Transactional
    public long register(NewMatter command) {
        CurrentPosition via = access.requireRegistrar();
        if (command == null || command.source() == null) {
            throw new RuleViolation("matters.error.source-missing");
        }
        String subject = MatterChecks.text(MatterChecks.SUBJECT, command.subject(), "matters.error.subject-missing", true);
        String description = MatterChecks.text(MatterChecks.DESCRIPTION, command.description(), "matters.error.description-missing", true);
        String reference = MatterChecks.text(MatterChecks.REFERENCE, command.sourceRef(), null, false);
        SecrecyClass secrecy = command.secrecy() == null ? SecrecyClass.NONE : command.secrecy();
        if (secrecy == SecrecyClass.SECRET) {
            throw new RuleViolation("matters.error.secrecy");
        }
        // the registering position is on the route: cleared for a classified matter
        clearance.requireCleared(via.positionId(), secrecy, MatterCase.TYPE, null, "register");
        LocalDate today = calendar.today();
        LocalDate received = command.receivedOn() == null ? today : command.receivedOn();
        if (received.isAfter(today) || received.isBefore(today.minusYears(2))) {
            throw new RuleViolation("matters.error.received-on");
        }
        Long letterId = null;
        if (command.source() == MatterSource.LETTER) {
            LetterSummary letter = command.letterId() == null ? null : letters.letter(command.letterId()).orElse(null);
            if (letter == null) {
                throw new RuleViolation("matters.error.letter-missing");
            }
            letterId = letter.id();
            if (reference == null) {
                reference = "ทะเบียนรับ " + letter.number() + "/" + (letter.receivedYear() + 543) + " · " + letter.fromParty();
                reference = reference.length() > 255 ? reference.substring(0, 255) : reference;
            }
        } else if (command.letterId() != null) {
            throw new RuleViolation("matters.error.letter-not-source");
        }
        Complainant complainant = command.complainant();
        boolean complaint = command.source() == MatterSource.COMPLAINT;
        if (complaint && complainant == null) {
            throw new RuleViolation("matters.error.complainant-missing");
        }
        if (!complaint && complainant != null) {
            throw new RuleViolation("matters.error.complainant-not-complaint");
        }
        MatterComplainant details = null;
        if (complaint) {
            details = new MatterComplainant(null,
                    MatterChecks.text(MatterChecks.NAME, complainant.fullName(), "matters.error.complainant-name-missing", true),
                    MatterChecks.nationalId(complainant.nationalId()),
                    MatterChecks.text(MatterChecks.ADDRESS, complainant.address(), null, false),
                    MatterChecks.phone(complainant.phone()), MatterChecks.email(complainant.email()));
        }
        Urgency urgency = command.urgency() == null ? Urgency.NORMAL : command.urgency();
        long province = ProvinceScope.provinceOf(via);
        NumberSeries.Number number = numbers.next(province, SERIES);
        ActorStamp by = access.stamp(via);
        Matter fresh = new Matter(number.period(), number.value(), subject, description,
                command.source(), reference, letterId, urgency, secrecy, received, by, records.now());
        fresh.setProvinceId(province);
        Matter matter = matters.save(fresh);
        if (details != null) {
            complainants.save(new MatterComplainant(matter.getId(), details.getFullName(), details.getNationalId(),
                    details.getAddress(), details.getPhone(), details.getEmail()));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("matterId", matter.getId());
        variables.put("matterNumber", matter.getNumber());
        variables.put(WorkItemVariables.URGENCY, urgency.name());
        variables.put(WorkItemVariables.SECRECY, secrecy.name());
        String pid = workflows.start(MatterCase.PROCESS_KEY, MatterCase.businessKey(matter.getId()), matter.getProvinceId(),
                variables);
        matter.started(pid, SearchText.fold(matter.getNumber(), subject, description, reference == null ? "" : reference));
        records.event(matter, null, MatterEvent.REGISTERED, by, reference);
        org.positionWithRole(province, PositionRole.HEAD_OF_OFFICE).ifPresent(p -> records.alert(p, matter, null, AlertKind.REQUESTED));
        return matter.getId();
    }
}
