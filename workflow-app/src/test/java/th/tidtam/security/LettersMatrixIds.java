package th.tidtam.security;

import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The letters module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt). */
final class LettersMatrixIds {

    private LettersMatrixIds() {
    }

    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
    }
}
