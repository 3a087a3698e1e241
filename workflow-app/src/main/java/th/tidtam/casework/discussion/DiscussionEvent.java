package th.tidtam.casework.discussion;

/**
 * The discussion's entries on a case's timeline ({@code casework.timeline.Timeline}); a case type that reads its
 * timeline into its own vocabulary lists these names too (the directive's {@code DirectiveEvent.Kind} does).
 */
public enum DiscussionEvent {
    /** someone commented on the case or one of its parts */
    COMMENTED,
    /** the author changed a comment's text (the earlier text is kept) */
    COMMENT_EDITED
}
