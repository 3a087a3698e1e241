package th.tidtam.letters.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.LetterFilter;
import th.tidtam.letters.LetterPage;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.LetterHandling;
import th.tidtam.letters.service.RegisterLetter;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.org.SecrecyClass;

/**
 * The incoming register over HTTP: the correspondence section and the e-saraban feed register letters here (the same
 * rules and refusals as the screen; session or HTTP Basic), everyone reads what they may see, the handling position
 * files or hands on.
 */
@RestController
@RequestMapping("/api/letters")
@Tag(name = "Letters", description = "The incoming register (ทะเบียนหนังสือรับ) and the handling of each letter")
class LettersController {

    record LetterList(long total, List<LetterSummary> letters) {
    }

    record FileRequest(String action) {
    }

    record HandRequest(Long positionId, String note) {
    }

    record ContinueRequest(Integer lastNumber) {
    }

    record RegisterState(int year, int lastNumber, String next) {
    }

    record LetterWithMemos(LetterPage page, List<MemoSummary> memos) {
    }

    private final IncomingRegister register;
    private final LetterHandling handling;
    private final MemoQueries memos;

    LettersController(IncomingRegister register, LetterHandling handling, MemoQueries memos) {
        this.register = register;
        this.handling = handling;
        this.memos = memos;
    }

    @GetMapping
    @Operation(summary = "The register as I may see it, newest number first: received between from and to (ISO dates), "
            + "by urgency, secrecy, only flagged duplicates, and a word of the number, sender, parties or subject")
    LetterList letters(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) SecrecyClass secrecy,
            @RequestParam(defaultValue = "false") boolean duplicates, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new RuleViolation("letters.error.paging", 500);
        }
        Page<LetterSummary> page = register.letters(new LetterFilter(from, to, urgency, secrecy, duplicates, q), offset, limit);
        return new LetterList(page.getTotalElements(), page.getContent());
    }

    @PostMapping
    @Operation(summary = "Registers a letter received (correspondence section, e-saraban feed): the next received number "
            + "of its calendar year, or a back-filled receivedNumber the register passed; the same externalId again answers "
            + "the letter already registered (200). Duplicates of sender number and date are flagged, never merged")
    ResponseEntity<LetterSummary> register(@RequestBody RegisterLetter command) {
        IncomingRegister.Registered r = register.register(command);
        return r.created() ? ResponseEntity.created(URI.create("/api/letters/" + r.letter().id())).body(r.letter())
                : ResponseEntity.ok(r.letter());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One letter with its route, the letters flagged as the same, and the memos about it")
    LetterWithMemos letter(@PathVariable long id) {
        LetterPage page = register.page(id);
        return new LetterWithMemos(page, memos.about("LETTER_IN", id));
    }

    @PostMapping("/{id}/file")
    @Operation(summary = "Files the letter with the action taken (the position handling it); its handling ends")
    LetterSummary file(@PathVariable long id, @RequestBody FileRequest request) {
        return handling.file(id, request == null ? null : request.action());
    }

    @PostMapping("/{id}/hand")
    @Operation(summary = "Hands the letter to another position to handle, with a note (the position handling it)")
    LetterSummary hand(@PathVariable long id, @RequestBody HandRequest request) {
        return handling.handTo(id, request == null ? null : request.positionId(), request == null ? null : request.note());
    }

    @GetMapping("/register/{year}")
    @Operation(summary = "Where the year's register stands: the last number handed out and the next (correspondence section)")
    RegisterState registerState(@PathVariable int year) {
        int last = register.lastNumberOf(year);
        return new RegisterState(year, last, LetterSummary.format(last + 1));
    }

    @PostMapping("/register/{year}/continue-after")
    @Operation(summary = "Sets the year's register to continue after a number kept before (a paper register); never "
            + "backwards (correspondence section)")
    RegisterState continueAfter(@PathVariable int year, @RequestBody ContinueRequest request) {
        int last = register.continueAfter(year, request == null ? null : request.lastNumber());
        return new RegisterState(year, last, LetterSummary.format(last + 1));
    }
}
