package th.tidtam.directive.domain;

/**
 * What can happen to a directive, as its entries on the casework timeline ({@code casework.timeline.Timeline}) name
 * it: the kinds are the directive's own vocabulary, the timeline stores their names.
 */
public final class DirectiveEvent {

    public enum Kind {
        ISSUED, ISSUED_ON_BEHALF, ROUTED_TO_SUPERIOR, SCREENED, RETURNED_TO_GOVERNOR, ANSWERED, ACKNOWLEDGED,
        FINAL_REPORT, CLOSURE_PROPOSED, CLOSED, FURTHER_ACTION, SUPERSEDES, SUPERSEDED,
        EXTENSION_REQUESTED, EXTENSION_GRANTED, EXTENSION_REFUSED,
        DELEGATED, PROGRESS_REPORTED, REPORT_ACCEPTED, REPORT_RETURNED, DELEGATE_RESULT, UNIT_REPORT_RETURNED,
        REPORT_DUE, REMINDED, ESCALATED, FOLLOWED_UP, ATTACHMENT_ADDED, WAITING_STARTED, WAITING_ENDED,
        // the casework discussion's entries (casework.discussion.DiscussionEvent), on the same timeline
        COMMENTED, COMMENT_EDITED,
        // work that went up while the head's post was vacant went back to it (process.VacancyReturn writes it)
        WORK_RETURNED
    }

    private DirectiveEvent() {
    }
}
