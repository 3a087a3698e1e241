package th.tidtam.memo.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.RuleViolation;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.service.DecideMemo;
import th.tidtam.memo.service.MemoChain;
import th.tidtam.memo.service.MemoDecisions;
import th.tidtam.memo.service.MemoDetails;
import th.tidtam.memo.service.MemoDraft;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.memo.service.MemoQueries;

/**
 * Memos up the chain over HTTP: the same rules and visibility as the screens (a memo the caller may not see is 404);
 * session or HTTP Basic. Every step answers the memo as it now stands.
 */
@RestController
@RequestMapping("/api/memos")
@Tag(name = "Memos", description = "บันทึกข้อความเสนอตามลำดับชั้น: drafting, annotations (เกษียน) and decisions")
class MemoController {

    /** A note with the step (เกษียน text; the reason of a return). */
    record NoteRequest(String note) {
    }

    /** Presenting upward: what the next level is asked (INFORMATION, CONSIDERATION, SIGNATURE) and a note. */
    record PresentRequest(String purpose, String note) {
    }

    private static final int MAX_PAGE = 200;

    private final MemoDrafting drafting;
    private final MemoChain chain;
    private final MemoDecisions decisions;
    private final MemoQueries queries;

    MemoController(MemoDrafting drafting, MemoChain chain, MemoDecisions decisions, MemoQueries queries) {
        this.drafting = drafting;
        this.chain = chain;
        this.decisions = decisions;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Memos I may see: scope MINE (drafted in my positions), WAITING (at my level) or ALL, newest first")
    List<MemoSummary> list(@RequestParam(defaultValue = "ALL") String scope, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new RuleViolation("memo.error.page", MAX_PAGE);
        }
        MemoQueries.Scope s;
        try {
            s = MemoQueries.Scope.valueOf(scope.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("memo.error.field-invalid", "memo.field.scope");
        }
        return queries.list(s, offset - offset % limit, limit);
    }

    @PostMapping
    @Operation(summary = "Drafts a memo (บันทึกข้อความ) in one of my positions, numbered บันทึก N/BE-year; optionally about a "
            + "letter, an outgoing draft or an order (subjectType, subjectId)")
    ResponseEntity<MemoDetails> draft(@RequestBody MemoDraft draft) {
        long id = drafting.draft(draft);
        return ResponseEntity.created(URI.create("/api/memos/" + id)).body(queries.details(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The memo with its annotations (เกษียน) in order and what I may do with it now")
    MemoDetails memo(@PathVariable long id) {
        return queries.details(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects the memo's text while it is a draft or returned for correction (the drafter's position)")
    MemoDetails edit(@PathVariable long id, @RequestBody MemoDraft draft) {
        drafting.edit(id, draft);
        return queries.details(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Sends the memo up to the first filled level of the chain (again after a correction)")
    MemoDetails submit(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        drafting.submit(id, request == null ? null : request.note());
        return queries.details(id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws a draft or a returned memo")
    MemoDetails withdraw(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        drafting.withdraw(id, request == null ? null : request.note());
        return queries.details(id);
    }

    @PostMapping("/{id}/present")
    @Operation(summary = "Annotates and presents the memo to the next filled level (whoever fills the level it waits at)")
    MemoDetails present(@PathVariable long id, @RequestBody(required = false) PresentRequest request) {
        chain.present(id, request == null ? null : request.purpose(), request == null ? null : request.note());
        return queries.details(id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Returns the memo to the drafter for correction, with the reason")
    MemoDetails returnForCorrection(@PathVariable long id, @RequestBody NoteRequest request) {
        chain.returnForCorrection(id, request == null ? null : request.note());
        return queries.details(id);
    }

    @PostMapping("/{id}/decide")
    @Operation(summary = "Decides the memo at the top, or on its behalf by a delegation covering the memo's matter: "
            + "ACKNOWLEDGE, APPROVE, DISAPPROVE, PROCEED, ASSIGN (issues a directive to leadUnitId by dueDate), SIGN "
            + "(where the subject allows it)")
    MemoDetails decide(@PathVariable long id, @RequestBody DecideMemo request) {
        decisions.decide(id, request);
        return queries.details(id);
    }
}
