package th.tidtam.memo.service;

import java.util.List;

import org.springframework.stereotype.Service;

import th.tidtam.memo.MemoSummary;

/** Memos about a subject, for its page (linked both ways). */
@Service
public class MemoQueries {

    /** The memos about the subject that the current user may see, newest first. */
    public List<MemoSummary> about(String caseType, long subjectId) {
        return List.of();
    }
}
