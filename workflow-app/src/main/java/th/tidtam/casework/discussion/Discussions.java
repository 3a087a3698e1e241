package th.tidtam.casework.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.text.FieldText;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRead;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * The discussion of a case and of each of its parts, for every case type. Whoever may not see the case
 * ({@link CaseAccess}) gets "not found" for everything here. A comment is posted whole or not at all: its text, its
 * mentions (each position told by an alert) and its files in one transaction; a refused mention or file leaves no
 * comment. Only its author changes a comment, and the earlier text is kept as a revision that everyone who sees the
 * case can read: no edit is silent.
 */
@Service
public class Discussions {

    public static final int MAX_BODY = CaseComment.MAX_BODY;
    public static final int MAX_PAGE = 100;
    public static final int MAX_FILES = 5;
    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int ALERT_WORDS = 80;

    private final CaseCommentRepository comments;
    private final CaseCommentRevisionRepository revisions;
    private final CaseCommentMentionRepository mentions;
    private final CaseCommentAttachmentRepository links;
    private final MentionRules mentionRules;
    private final CommentViews views;
    private final Map<String, CaseOutline> outlines;
    private final CaseAccess access;
    private final CaseTypes types;
    private final CaseAttachments attachments;
    private final Alerts alerts;
    private final Timeline timeline;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Discussions(CaseCommentRepository comments, CaseCommentRevisionRepository revisions,
            CaseCommentMentionRepository mentions, CaseCommentAttachmentRepository links, MentionRules mentionRules,
            CommentViews views, ObjectProvider<CaseOutline> outlines, CaseAccess access, CaseTypes types,
            CaseAttachments attachments, Alerts alerts, Timeline timeline, OrgDirectory org, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.revisions = revisions;
        this.mentions = mentions;
        this.links = links;
        this.mentionRules = mentionRules;
        this.views = views;
        this.outlines = outlines.orderedStream()
                .collect(Collectors.toUnmodifiableMap(CaseOutline::caseType, Function.identity()));
        this.access = access;
        this.types = types;
        this.attachments = attachments;
        this.alerts = alerts;
        this.timeline = timeline;
        this.org = org;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the thread of a case (partId null) or of one of its parts, oldest first. */
    @Transactional(readOnly = true)
    public DiscussionViews.Page list(CaseRef ref, Long partId, int offset, int limit) {
        requireThread(ref, partId);
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        long total = comments.countThread(ref.type(), ref.id(), partId);
        List<CaseComment> page = comments.thread(ref.type(), ref.id(), partId,
                PageRequest.of(0, from + size)).stream().skip(from).toList();
        recordClassifiedRead(ref, "comments", Map.of("partId", partId == null ? "" : partId, "count", page.size()));
        return new DiscussionViews.Page(total, from, views.of(page, me()));
    }

    /** Posts a comment (text, mentions, files) as the current user; sent again with the same key, it posts once. */
    @Transactional
    public DiscussionViews.Posted post(CaseRef ref, Long partId, DiscussionViews.NewComment form) {
        TidtamUser user = currentUser.require();
        List<CurrentPosition> mine = org.positionsFilled(user.personId());
        requireVisible(mine, ref);
        requirePartOf(ref, partId);
        if (form == null) {
            throw new RuleViolation("error.field-required", "discussion.field.body");
        }
        String key = clientKey(form.clientKey());
        Optional<CaseComment> earlier = comments.findPosted(user.personId(), key);
        if (earlier.isPresent()) {
            CaseComment c = earlier.get();
            if (!c.getRef().equals(ref) || !java.util.Objects.equals(c.getPartId(), partId)) {
                throw new RuleViolation("discussion.error.key-used");
            }
            return new DiscussionViews.Posted(views.of(List.of(c), user.personId()).get(0), false);
        }
        String body = FieldText.lines(form.body(), "discussion.field.body", MAX_BODY, true);
        List<PositionSummary> mentioned = mentionRules.check(ref, form.mentions());
        if (form.files().size() > MAX_FILES) {
            throw new RuleViolation("discussion.error.too-many-files", MAX_FILES);
        }
        CurrentPosition author = authorPosition(mine, ref, form.positionId());
        Instant now = clock.instant();
        boolean classified = types.of(ref.type()).map(t -> t.classified(ref.id())).orElse(false);
        CaseComment comment;
        try {
            comment = comments.saveAndFlush(new CaseComment(ref, partId,
                    new ActorStamp(user.personId(), author.positionId(), author.capacity()), body, now, classified, key));
        } catch (DataIntegrityViolationException twice) {
            // the same post, sent twice at the same moment: the other one was saved
            throw new RuleViolation("discussion.error.already-posted");
        }
        for (CaseAttachments.NewFile f : form.files()) {
            CaseAttachments.Item item = attachments.add(ref, partId, null, f.fileName(), f.contentType(), f.bytes());
            links.save(new CaseCommentAttachment(comment.getId(), item.id()));
        }
        String detail = alertDetail(ref, body);
        for (PositionSummary p : mentioned) {
            mentions.save(new CaseCommentMention(comment.getId(), ref, p.id()));
            alerts.raise(p.id(), ref, partId, AlertKind.MENTIONED, detail, now);
        }
        timeline.record(ref, partId, DiscussionEvent.COMMENTED, comment.getAuthor(), firstWords(body, 200), now);
        return new DiscussionViews.Posted(views.of(List.of(comment), user.personId()).get(0), true);
    }

    /**
     * Attaches one more file to the current user's own comment (the API's way: one file per request). The file lands
     * on the comment's case and part like any other file of it.
     */
    @Transactional
    public DiscussionViews.Comment attach(CaseRef ref, long commentId, String fileName, String contentType,
            java.io.InputStream content) {
        TidtamUser user = currentUser.require();
        CaseComment c = ownComment(ref, commentId, user);
        if (links.findByCommentIdInOrderByIdAsc(List.of(c.getId())).size() >= MAX_FILES) {
            throw new RuleViolation("discussion.error.too-many-files", MAX_FILES);
        }
        CaseAttachments.Item item = attachments.add(ref, c.getPartId(), null, fileName, contentType, content);
        links.save(new CaseCommentAttachment(c.getId(), item.id()));
        return views.of(List.of(c), user.personId()).get(0);
    }

    /**
     * Changes the text of the current user's own comment, as of the version they read (409 when it changed since).
     * The text it had is kept as a revision; an unchanged text is refused rather than recorded as an edit.
     */
    @Transactional
    public DiscussionViews.Comment edit(CaseRef ref, long commentId, Long version, String newBody) {
        TidtamUser user = currentUser.require();
        CaseComment c = ownComment(ref, commentId, user);
        if (version == null) {
            throw new RuleViolation("discussion.error.version-required");
        }
        if (version != c.getVersion()) {
            throw new OptimisticLockingFailureException("comment " + commentId + " changed since version " + version);
        }
        String body = FieldText.lines(newBody, "discussion.field.body", MAX_BODY, true);
        if (body.equals(c.getBody())) {
            throw new RuleViolation("discussion.error.unchanged");
        }
        List<CurrentPosition> mine = org.positionsFilled(user.personId());
        CurrentPosition editor = mine.stream().filter(p -> p.positionId().equals(c.getAuthor().positionId())).findFirst()
                .orElseGet(() -> authorPosition(mine, ref, null));
        ActorStamp stamp = new ActorStamp(user.personId(), editor.positionId(), editor.capacity());
        Instant now = clock.instant();
        revisions.save(new CaseCommentRevision(c, now, stamp));
        c.edit(body, now);
        comments.flush();
        timeline.record(ref, c.getPartId(), DiscussionEvent.COMMENT_EDITED, stamp, firstWords(body, 200), now);
        return views.of(List.of(c), user.personId()).get(0);
    }

    /** A comment as it reads now and every text it had before, oldest first. */
    @Transactional(readOnly = true)
    public DiscussionViews.History history(CaseRef ref, long commentId) {
        requireVisible(access.myPositions(), ref);
        CaseComment c = comments.findById(commentId).filter(x -> x.getRef().equals(ref))
                .orElseThrow(ApiProblems.NotFound::new);
        recordClassifiedRead(ref, "comment-history", Map.of("commentId", commentId));
        return new DiscussionViews.History(views.of(List.of(c), me()).get(0),
                views.revisions(revisions.findByCommentIdOrderByIdAsc(c.getId())));
    }

    /** Positions the current user could mention in this case's discussion, matching the query. */
    @Transactional(readOnly = true)
    public List<DiscussionViews.Candidate> mentionCandidates(CaseRef ref, String query, int offset, int limit) {
        requireVisible(access.myPositions(), ref);
        return mentionRules.candidates(ref, query, Math.max(0, offset), Math.max(1, Math.min(limit, 50)));
    }

    /** The case's parts that have threads of their own (a directive's units); empty for a case type without parts. */
    @Transactional(readOnly = true)
    public List<CaseOutline.Part> parts(CaseRef ref) {
        requireVisible(access.myPositions(), ref);
        CaseOutline outline = outlines.get(ref.type());
        return outline == null ? List.of() : outline.parts(ref.id());
    }

    /** Whether the current user may post here at all: they see the case (files follow the case type's own rule). */
    @Transactional(readOnly = true)
    public boolean mayAttach(CaseRef ref, Long partId) {
        return attachments.mayAdd(ref, partId);
    }

    /** A fresh key for one post of a form. */
    public static String newClientKey() {
        return UUID.randomUUID().toString();
    }

    private CaseComment ownComment(CaseRef ref, long commentId, TidtamUser user) {
        requireVisible(org.positionsFilled(user.personId()), ref);
        CaseComment c = comments.findForUpdate(commentId).filter(x -> x.getRef().equals(ref))
                .orElseThrow(ApiProblems.NotFound::new);
        if (!c.getAuthor().personId().equals(user.personId())) {
            throw new RuleViolation("discussion.error.not-author");
        }
        return c;
    }

    private Long me() {
        return currentUser.get().map(TidtamUser::personId).orElse(null);
    }

    private void requireThread(CaseRef ref, Long partId) {
        requireVisible(access.myPositions(), ref);
        requirePartOf(ref, partId);
    }

    private void requireVisible(List<CurrentPosition> mine, CaseRef ref) {
        if (ref == null || !access.canSee(mine, ref)) {
            throw new ApiProblems.NotFound();
        }
        // those who see every case of a type are told "yes" for ids that do not exist: the outline knows better
        CaseOutline outline = outlines.get(ref.type());
        if (outline != null && outline.number(ref.id()).isEmpty()) {
            throw new ApiProblems.NotFound();
        }
    }

    private void requirePartOf(CaseRef ref, Long partId) {
        if (partId == null) {
            return;
        }
        CaseOutline outline = outlines.get(ref.type());
        if (outline == null || outline.parts(ref.id()).stream().noneMatch(p -> p.id() == partId)) {
            throw new RuleViolation("discussion.error.part-not-of-case");
        }
    }

    /** The position named, if it is the user's; else the first of the user's positions that sees the case. */
    private CurrentPosition authorPosition(List<CurrentPosition> mine, CaseRef ref, Long positionId) {
        if (positionId != null) {
            return mine.stream().filter(p -> p.positionId().equals(positionId)).findFirst()
                    .orElseThrow(() -> new RuleViolation("discussion.error.not-your-position"));
        }
        return mine.stream().filter(p -> access.canSee(List.of(p), ref)).findFirst().orElse(mine.get(0));
    }

    private static String clientKey(String key) {
        if (key == null || key.isEmpty()) {
            return newClientKey();
        }
        if (!CLIENT_KEY.matcher(key).matches()) {
            throw new RuleViolation("discussion.error.key-invalid");
        }
        return key;
    }

    /** "00012/2569: ขอให้สาธารณสุขอำเภอ…": the case's number and the comment's first words. */
    private String alertDetail(CaseRef ref, String body) {
        CaseOutline outline = outlines.get(ref.type());
        String number = outline == null ? null : outline.number(ref.id()).orElse(null);
        return (number == null ? "" : number + ": ") + firstWords(body, ALERT_WORDS);
    }

    /** At most {@code max} code points of the text on one line, cut with an ellipsis; never half an emoji. */
    static String firstWords(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
    }

    private void recordClassifiedRead(CaseRef ref, String what, Map<String, Object> details) {
        if (types.of(ref.type()).map(t -> t.classified(ref.id())).orElse(false)) {
            events.publishEvent(new CaseRead(ref, what, CaseComment.CLASSIFIED, List.of(), details));
        }
    }
}
