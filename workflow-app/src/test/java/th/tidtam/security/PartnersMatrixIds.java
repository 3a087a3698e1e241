package th.tidtam.security;

import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The partners module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt, issue 14). */
final class PartnersMatrixIds {

    private PartnersMatrixIds() {
    }

    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
    }
}
