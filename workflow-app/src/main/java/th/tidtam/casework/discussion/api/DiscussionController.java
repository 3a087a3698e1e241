package th.tidtam.casework.discussion.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.discussion.DiscussionViews;
import th.tidtam.casework.discussion.Discussions;

/**
 * The discussion of any case over HTTP, e.g. {@code /api/cases/DIRECTIVE/12/comments}. A case type nobody registered,
 * a case the caller may not see and a comment of another case all answer 404 alike.
 */
@RestController
@RequestMapping("/api/cases/{type}/{id}")
@Tag(name = "Discussion", description = "ความเห็นในเรื่อง: comments on a case and its parts, mentions, history of edits")
class DiscussionController {

    /** A new comment; {@code clientKey} makes a resent post (a double click) post once. */
    record NewCommentBody(String body, Long partId, List<Long> mentions, Long positionId, String clientKey) {
    }

    record EditBody(Long version, String body) {
    }

    private final Discussions discussions;
    private final CaseTypes types;

    DiscussionController(Discussions discussions, CaseTypes types) {
        this.discussions = discussions;
        this.types = types;
    }

    @GetMapping("/comments")
    @Operation(summary = "One page of the thread of a case (no partId) or of one of its parts, oldest first")
    DiscussionViews.Page list(@PathVariable String type, @PathVariable long id,
            @RequestParam(required = false) Long partId, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return discussions.list(ref(type, id), partId, offset, limit);
    }

    @PostMapping("/comments")
    @Operation(summary = "Posts a comment with its mentions (each mentioned position gets an alert); 201, or 200 when the "
            + "same clientKey was posted before; a mention of a position that may not see the case is refused (400)")
    ResponseEntity<DiscussionViews.Comment> post(@PathVariable String type, @PathVariable long id,
            @RequestBody NewCommentBody body) {
        CaseRef ref = ref(type, id);
        if (body == null) {
            discussions.list(ref, null, 0, 1);
            throw new RuleViolation("error.field-required", "discussion.field.body");
        }
        DiscussionViews.Posted posted = discussions.post(ref, body.partId(), new DiscussionViews.NewComment(body.body(),
                body.mentions(), body.positionId(), body.clientKey(), List.of()));
        return ResponseEntity.status(posted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/cases/" + ref.type() + "/" + ref.id() + "/comments/" + posted.comment().id()
                        + "/history"))
                .body(posted.comment());
    }

    @PutMapping("/comments/{commentId}")
    @Operation(summary = "Changes the text of one's own comment as of the version read; the earlier text is kept "
            + "(see history); 409 when it changed since")
    DiscussionViews.Comment edit(@PathVariable String type, @PathVariable long id, @PathVariable long commentId,
            @RequestBody EditBody body) {
        CaseRef ref = ref(type, id);
        return discussions.edit(ref, commentId, body == null ? null : body.version(), body == null ? null : body.body());
    }

    @GetMapping("/comments/{commentId}/history")
    @Operation(summary = "A comment as it reads now and every earlier text, with who changed it when")
    DiscussionViews.History history(@PathVariable String type, @PathVariable long id, @PathVariable long commentId) {
        return discussions.history(ref(type, id), commentId);
    }

    @PostMapping(path = "/comments/{commentId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attaches a file to one's own comment (the case type decides who may attach files)")
    ResponseEntity<DiscussionViews.Comment> attach(@PathVariable String type, @PathVariable long id,
            @PathVariable long commentId, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        CaseRef ref = ref(type, id);
        if (file == null) {
            discussions.history(ref, commentId);
            throw new RuleViolation("attachment.error.file-required");
        }
        try (InputStream in = file.getInputStream()) {
            DiscussionViews.Comment c = discussions.attach(ref, commentId, file.getOriginalFilename(),
                    file.getContentType(), in);
            return ResponseEntity.status(HttpStatus.CREATED).body(c);
        }
    }

    @GetMapping("/mention-candidates")
    @Operation(summary = "Positions that may see the case (and so may be mentioned) whose title, unit or holder match q")
    List<DiscussionViews.Candidate> candidates(@PathVariable String type, @PathVariable long id,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
        return discussions.mentionCandidates(ref(type, id), q, 0, limit);
    }

    /** A case of a registered type; anything else does not exist. */
    private CaseRef ref(String type, long id) {
        if (types.of(type).isEmpty()) {
            throw new ApiProblems.NotFound();
        }
        return CaseRef.of(type, id);
    }
}
