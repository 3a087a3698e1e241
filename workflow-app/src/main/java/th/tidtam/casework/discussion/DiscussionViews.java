package th.tidtam.casework.discussion;

import java.time.Instant;
import java.util.List;

import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.org.AssignmentKind;

/** What the discussion publishes: comments as screens and the API show them, and what a new comment carries. */
public final class DiscussionViews {

    private DiscussionViews() {
    }

    /** A position a comment mentions. */
    public record Mentioned(Long positionId, String titleTh, String titleEn) {

        public String title(boolean thai) {
            return thai ? titleTh : titleEn;
        }
    }

    /** A file posted with a comment; it downloads from {@code /api/attachments/{id}}. */
    public record File(Long attachmentId, String fileName, long size) {
    }

    /**
     * One comment. The text is plain text: screens show it as text, never as markup. {@code revisions} counts the
     * earlier texts kept (0: never edited); {@code mine} says whether the current user wrote it (and may edit it).
     */
    public record Comment(Long id, String caseType, Long caseId, Long partId, String body, Instant createdAt,
            Instant editedAt, long version, Long authorPersonId, String authorNameTh, String authorNameEn,
            Long authorPositionId, String authorPositionTitleTh, String authorPositionTitleEn, AssignmentKind capacity,
            List<Mentioned> mentions, List<File> files, int revisions, boolean mine) {

        public boolean edited() {
            return revisions > 0;
        }
    }

    /** A page of a thread, oldest first, and how many comments the thread has in all. */
    public record Page(long total, int offset, List<Comment> items) {
    }

    /** The text a comment had before one edit: written at, replaced at, by whom. */
    public record Revision(String body, Instant writtenAt, Instant replacedAt, String editorNameTh, String editorNameEn,
            String editorPositionTitleTh, String editorPositionTitleEn) {
    }

    /** A comment as it reads now and every earlier text, oldest first. */
    public record History(Comment comment, List<Revision> revisions) {
    }

    /** A position that may see the case and can therefore be mentioned. */
    public record Candidate(Long positionId, String titleTh, String titleEn, String unitNameTh, String unitNameEn,
            String holderNameTh, String holderNameEn) {

        public String label(boolean thai) {
            String holder = thai ? holderNameTh : holderNameEn;
            return (thai ? titleTh : titleEn) + " · " + (thai ? unitNameTh : unitNameEn)
                    + (holder == null ? "" : " (" + holder + ")");
        }
    }

    /**
     * A new comment.
     *
     * @param mentions   ids of the positions it mentions (each must be allowed to see the case)
     * @param positionId the position the author writes in; null: the first of theirs that sees the case
     * @param clientKey  the form's key for this one post (letters, digits, '-' and '_'): sent twice, it posts once
     * @param files      files to attach with it, all or none
     */
    public record NewComment(String body, List<Long> mentions, Long positionId, String clientKey,
            List<CaseAttachments.NewFile> files) {

        public NewComment {
            mentions = mentions == null ? List.of() : mentions;
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** The comment posted; {@code created} is false when the same post had arrived before (a double click). */
    public record Posted(Comment comment, boolean created) {
    }
}
