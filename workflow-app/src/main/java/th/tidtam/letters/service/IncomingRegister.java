package th.tidtam.letters.service;

import th.tidtam.org.SecrecyClass;
import th.tidtam.casework.Clearance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.search.SearchText;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.letters.LetterFilter;
import th.tidtam.letters.LetterPage;
import th.tidtam.letters.LetterStatus;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.RouteRole;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.letters.domain.LetterRouteEntry;
import th.tidtam.letters.domain.LetterRouteRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.WorkItemVariables;
import th.tidtam.process.Workflows;

/**
 * The incoming register: registering a letter received (its number from the core's series {@code LETTER_IN}, per
 * calendar year, in the registering transaction, so numbers neither repeat nor skip however many clerks register at
 * once), back-filling a number the register passed, setting where a register continues, and reading the register.
 */
@Service
public class IncomingRegister {

    /** What registering answered: the letter, and whether it is new (false: the feed sent the same externalId again). */
    public record Registered(LetterSummary letter, boolean created) {
    }

    private final IncomingLetterRepository letters;
    private final LetterRouteRepository route;
    private final LetterAccess access;
    private final LetterViews views;
    private final NumberSeries numbers;
    private final Timeline timeline;
    private final Workflows workflows;
    private final OrgDirectory org;
    private final Clock clock;
    private final Clearance clearance;

    IncomingRegister(IncomingLetterRepository letters, LetterRouteRepository route, LetterAccess access, LetterViews views,
            NumberSeries numbers, Timeline timeline, Workflows workflows, OrgDirectory org, Clock clock, Clearance clearance) {
        this.clearance = clearance;
        this.letters = letters;
        this.route = route;
        this.access = access;
        this.views = views;
        this.numbers = numbers;
        this.timeline = timeline;
        this.workflows = workflows;
        this.org = org;
        this.clock = clock;
    }

    /** Registers a letter received and sends it to the position that is to handle it (process incoming-letter). */
    @Transactional
    public Registered register(RegisterLetter command) {
        CurrentPosition clerk = access.requireClerk();
        long province = access.provinceOf(clerk);
        LetterFields.Checked f = LetterFields.check(command, clock);
        if (f.externalId() != null) {
            Optional<IncomingLetter> known = letters.findByExternalId(f.externalId());
            if (known.isPresent()) {
                // the feed's id is unique in the installation: another province's letter is not shown, only refused
                if (!known.get().getProvinceId().equals(province)) {
                    throw new RuleViolation("letters.error.external-id-taken", f.externalId());
                }
                return new Registered(views.letter(known.get()), false);
            }
        }
        Long handler = command.handlerPositionId() != null ? command.handlerPositionId()
                : org.positionWithRole(province, PositionRole.HEAD_OF_OFFICE).orElse(null);
        // another province's position is "not found" here (one of no province, as the tests' own units, may serve)
        if (handler == null || org.position(handler)
                .filter(p -> p.provinceId() == null || p.provinceId().equals(province)).isEmpty()) {
            throw new RuleViolation("letters.error.position-not-found");
        }
        // a classified letter is registered only by a clerk cleared for its class and goes only to a handler cleared
        // for it (both on its route; refused before a number is taken)
        clearance.requireCleared(clerk.positionId(), f.secrecy(), LetterCase.TYPE, null, "register");
        clearance.requireReceiving(handler, f.secrecy(), LetterCase.TYPE, null, "assign");
        int year = f.receivedAt().getYear();
        int number = number(province, year, command.receivedNumber());
        Instant now = clock.instant();
        ActorStamp by = access.stamp(clerk);
        IncomingLetter letter = new IncomingLetter(province, year, number, f.externalId(), by, now);
        letter.describe(f.receivedAt(), f.senderNumber(), f.senderDate(), f.fromParty(), f.toParty(), f.subject(),
                f.urgency(), f.secrecy(), f.attachments(), f.remarks());
        letter.setHandlerPositionId(handler);
        letter.setSearchText(LetterSearchText.of(letter));
        try {
            letters.saveAndFlush(letter);
        } catch (DataIntegrityViolationException e) {
            // the unique keys are the last word: a back-filled number or a feed id taken by a transaction that committed
            // after the checks above
            // (the session is broken after the failed flush: decide by the constraint's name, not by another query)
            throw String.valueOf(e.getMostSpecificCause().getMessage()).contains("uq_letter_in_external")
                    ? new RuleViolation("letters.error.external-id-taken", f.externalId())
                    : new RuleViolation("letters.error.number-taken", LetterSummary.format(number), year);
        }
        timeline.record(LetterCase.of(letter.getId()), null, LetterEvent.REGISTERED, by, letter.getSenderNumber(), now);
        flagDuplicates(letter, by, now);
        route.save(new LetterRouteEntry(letter.getId(), handler, RouteRole.HANDLER, null, letter.getSecrecy(), by, now));
        letter.setProcessInstanceId(workflows.start(LetterCase.PROCESS_KEY, LetterCase.businessKey(letter.getId()),
                letter.getProvinceId(), variables(letter)));
        return new Registered(views.letter(letter), true);
    }

    /**
     * The letter's number in the province's register: the next of the year's series, or a back-filled one. Either way the series' row for the
     * year stays locked until the transaction ends, so registrations of one year queue there and each sees the
     * letters registered before it (the duplicate check relies on it).
     */
    private int number(long province, int year, Integer backFilled) {
        if (backFilled == null) {
            int next = numbers.next(province, LetterCase.SERIES, year);
            if (next > LetterCase.MAX_NUMBER) {
                throw new RuleViolation("letters.error.register-full", year, LetterCase.MAX_NUMBER);
            }
            return next;
        }
        if (backFilled < 1 || backFilled > LetterCase.MAX_NUMBER) {
            throw new RuleViolation("letters.error.number-range", LetterCase.MAX_NUMBER);
        }
        numbers.continueAfter(province, LetterCase.SERIES, year, 0);
        if (backFilled > lastNumber(province, year)) {
            throw new RuleViolation("letters.error.number-ahead", LetterSummary.format(backFilled), year,
                    LetterSummary.format(lastNumber(province, year)));
        }
        if (letters.existsByProvinceIdAndReceivedYearAndReceivedNumber(province, year, backFilled)) {
            throw new RuleViolation("letters.error.number-taken", LetterSummary.format(backFilled), year);
        }
        return backFilled;
    }

    /** The last number the province's register handed out in the year, or the number it was set to continue after. */
    int lastNumber(long province, int year) {
        return Math.max(numbers.last(province, LetterCase.SERIES, year), letters.highestNumber(province, year));
    }

    /**
     * Sets the year's register to continue after a number kept before (a paper register until mid-year): the next
     * letter gets {@code lastNumber + 1}. Never backwards: a number below what the register has handed out is refused.
     */
    @Transactional
    public int continueAfter(Integer year, Integer lastNumber) {
        long province = access.provinceOf(access.requireClerk());
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < thisYear - 1 || year > thisYear) {
            throw new RuleViolation("letters.error.year-range", thisYear - 1, thisYear);
        }
        if (lastNumber == null || lastNumber < 0 || lastNumber >= LetterCase.MAX_NUMBER) {
            throw new RuleViolation("letters.error.number-range", LetterCase.MAX_NUMBER);
        }
        numbers.continueAfter(province, LetterCase.SERIES, year, 0);
        int last = lastNumber(province, year);
        if (lastNumber < last) {
            throw new RuleViolation("letters.error.series-backwards", LetterSummary.format(lastNumber), year,
                    LetterSummary.format(last));
        }
        numbers.continueAfter(province, LetterCase.SERIES, year, lastNumber);
        return lastNumber;
    }

    /** Whether any letter is registered at all (no visibility applies: for start-up work such as the demo). */
    @Transactional(readOnly = true)
    public boolean anyRegistered() {
        return letters.count() > 0;
    }

    /** Whether the current user belongs to the correspondence section (registers letters). */
    public boolean mayRegister() {
        return access.clerk(access.mine()).isPresent();
    }

    /**
     * The positions a letter registered by the current clerk may be handed to (their province's), by code, and the
     * one it goes to unless the clerk chooses (the head of office): for the register screen's picker.
     */
    @Transactional(readOnly = true)
    public List<PositionSummary> handlers() {
        Long province = access.clerk(access.mine()).filter(access::inAProvince).map(access::provinceOf).orElse(null);
        return province == null ? List.of() : org.allPositions(province).stream()
                .sorted(java.util.Comparator.comparing(PositionSummary::code)).toList();
    }

    /** The head of office of the current clerk's province, where a letter goes unless the clerk chooses. */
    public Optional<Long> defaultHandler() {
        return access.clerk(access.mine()).filter(access::inAProvince).map(access::provinceOf)
                .flatMap(p -> org.positionWithRole(p, PositionRole.HEAD_OF_OFFICE));
    }

    /** The last number of the year's register, for the clerk's screen. */
    @Transactional(readOnly = true)
    public int lastNumberOf(int year) {
        return lastNumber(access.provinceOf(access.requireClerk()), year);
    }

    private void flagDuplicates(IncomingLetter letter, ActorStamp by, Instant now) {
        List<IncomingLetter> same = letters.sameSender(letter.getProvinceId(), letter.getSenderNumber(), letter.getSenderDate(), letter.getId());
        if (same.isEmpty()) {
            return;
        }
        letter.setDuplicate(true);
        timeline.record(LetterCase.of(letter.getId()), null, LetterEvent.DUPLICATE_FLAGGED, by,
                same.get(0).getReceivedYear() + "/" + LetterSummary.format(same.get(0).getReceivedNumber()), now);
        for (IncomingLetter other : same) {
            if (!other.isDuplicate()) {
                other.setDuplicate(true);
            }
            timeline.record(LetterCase.of(other.getId()), null, LetterEvent.DUPLICATE_FLAGGED, by,
                    letter.getReceivedYear() + "/" + LetterSummary.format(letter.getReceivedNumber()), now);
        }
    }

    private static Map<String, Object> variables(IncomingLetter letter) {
        Map<String, Object> v = new HashMap<>();
        v.put("letterId", letter.getId());
        v.put("letterNumber", LetterSummary.format(letter.getReceivedNumber()) + "/" + letter.getReceivedYear());
        v.put(WorkItemVariables.URGENCY, letter.getUrgency().name());
        v.put(WorkItemVariables.SECRECY, letter.getSecrecy().name());
        return v;
    }

    // ---- reading

    /** One page of the register as the current user may see it, newest number first. */
    @Transactional(readOnly = true)
    public Page<LetterSummary> letters(LetterFilter filter, int offset, int limit) {
        List<CurrentPosition> mine = access.mine();
        if (mine.isEmpty()) {
            return Page.empty();
        }
        LetterFilter f = filter == null ? LetterFilter.all() : filter;
        LocalDateTime from = f.from() == null ? LocalDateTime.of(1900, 1, 1, 0, 0) : f.from().atStartOfDay();
        LocalDateTime to = f.to() == null ? LocalDateTime.of(9000, 1, 1, 0, 0) : f.to().plusDays(1).atStartOfDay();
        List<String> words = f.text() == null ? List.of() : SearchText.words(f.text());
        String pattern = words.isEmpty() ? null : SearchText.containing(words.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
        int size = Math.max(1, Math.min(limit, 500));
        PageRequest page = PageRequest.of(Math.max(0, offset) / size, size);
        Page<IncomingLetter> found = letters.visible(access.provinces(mine), from, to, f.urgency(), f.secrecy(), f.duplicatesOnly(), pattern,
                LetterAccess.seesEverything(mine), access.seesRegister(mine), LetterAccess.ids(mine), Clearance.clearedIds(mine, SecrecyClass.CONFIDENTIAL),
                Clearance.clearedIds(mine, SecrecyClass.SECRET), page);
        return new PageImpl<>(views.letters(found.getContent()), page, found.getTotalElements());
    }

    /** The letter, if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<LetterSummary> letter(long id) {
        List<CurrentPosition> mine = access.mine();
        return letters.findById(id).filter(l -> access.sees(mine, l)).map(views::letter);
    }

    /** The letter's page: the letter, its route and the letters flagged as the same; 404 when not visible. */
    @Transactional(readOnly = true)
    public LetterPage page(long id) {
        List<CurrentPosition> mine = access.mine();
        IncomingLetter letter = letters.findById(id).filter(l -> access.sees(mine, l)).orElseThrow(LetterAccess::notFound);
        List<IncomingLetter> same = letter.isDuplicate()
                ? letters.sameSender(letter.getProvinceId(), letter.getSenderNumber(), letter.getSenderDate(), letter.getId()).stream()
                        .filter(l -> access.sees(mine, l)).toList()
                : List.of();
        boolean mayHandle = letter.getStatus().open() && access.handlerVia(mine, letter).isPresent();
        return new LetterPage(views.letter(letter), views.route(route.findByLetterIdOrderByAtAscIdAsc(id)),
                views.letters(same), mayHandle, access.clerk(mine).isPresent());
    }
}
