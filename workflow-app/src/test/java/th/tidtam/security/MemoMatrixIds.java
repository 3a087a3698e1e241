package th.tidtam.security;

import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The memo module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt). */
final class MemoMatrixIds {

    private MemoMatrixIds() {
    }

    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
    }
}
