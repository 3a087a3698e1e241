package th.tidtam.coordination;

import java.util.List;

/**
 * One request for its screen: the request, its text, its parties with their answers, its own files, and what the
 * current user may do with it.
 */
public record RequestPage(RequestSummary request, String body, String contact, String result, List<PartyView> parties,
        List<PartyView.FileView> files, boolean mayEdit, boolean maySend, boolean mayWithdraw, boolean mayConsolidate,
        boolean mayIssueLinks, Long memoId) {
}
