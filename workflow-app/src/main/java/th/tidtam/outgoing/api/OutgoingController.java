package th.tidtam.outgoing.api;

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

import th.tidtam.base.api.ApiProblems;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.service.LetterForm;
import th.tidtam.outgoing.service.OutgoingDrafts;
import th.tidtam.outgoing.service.OutgoingSigning;
import th.tidtam.outgoing.service.PaperLetter;

/**
 * Outgoing letters over HTTP: the same rules and visibility as the screens. A draft is signed through a memo
 * ({@code memos/new?subject=LETTER_OUT&subjectId=…}), never here; a clerk registers a letter signed on paper.
 */
@RestController
@RequestMapping("/api/outgoing")
@Tag(name = "Outgoing register")
class OutgoingController {

    private final OutgoingDrafts drafts;
    private final OutgoingSigning signing;

    OutgoingController(OutgoingDrafts drafts, OutgoingSigning signing) {
        this.drafts = drafts;
        this.signing = signing;
    }

    @GetMapping
    @Operation(summary = "The letters I may see, newest first, optionally of one status; paged by offset and limit (≤ 500)")
    List<LetterSummary> letters(@RequestParam(required = false) OutgoingStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new th.tidtam.base.RuleViolation("error.parameter-invalid", "limit");
        }
        return drafts.page(status, offset, limit);
    }

    @PostMapping
    @Operation(summary = "Drafts a letter in the book of my unit or of a unit above it")
    ResponseEntity<LetterSummary> draft(@RequestBody LetterForm form) {
        LetterSummary letter = drafts.draft(form);
        return ResponseEntity.created(URI.create("/api/outgoing/" + letter.id())).body(letter);
    }

    @PostMapping("/registered")
    @Operation(summary = "Registers a letter already signed on paper (correspondence clerks): it takes the book's next number today")
    ResponseEntity<LetterSummary> registerPaper(@RequestBody PaperLetter paper) {
        LetterSummary letter = signing.registerPaper(paper);
        return ResponseEntity.created(URI.create("/api/outgoing/" + letter.id())).body(letter);
    }

    @GetMapping("/{id}")
    LetterSummary letter(@PathVariable long id) {
        return drafts.letter(id).orElseThrow(ApiProblems.NotFound::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a draft not yet signed (its drafting position)")
    LetterSummary update(@PathVariable long id, @RequestBody LetterForm form) {
        return drafts.update(id, form);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws a draft that is not up the chain (its drafting position)")
    LetterSummary withdraw(@PathVariable long id) {
        return drafts.withdraw(id);
    }
}
