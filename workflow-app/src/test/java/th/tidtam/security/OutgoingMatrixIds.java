package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The outgoing module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt). */
final class OutgoingMatrixIds {

    private OutgoingMatrixIds() {
    }

    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        long book = -1;
        for (JsonNode b : api.get("/api/outgoing/books", "secretary").body()) {
            if (b.get("ownerCode").asText().equals("ฉช 0017.1")) {
                book = b.get("id").asLong();
            }
        }
        assertThat(book).as("the demo's book ฉช 0017.1").isPositive();
        long letter = -1;
        long draft = -1;
        for (JsonNode l : api.get("/api/outgoing?limit=500", "staff").body()) {
            if (l.get("bookId").asLong() == book && !l.get("number").isNull() && letter < 0) {
                letter = l.get("id").asLong();
            }
            if (l.get("subject").asText().equals("ขอเชิญประชุมคณะทำงานขับเคลื่อนการติดตามข้อสั่งการ")
                    && l.get("number").isNull() && draft < 0) {
                draft = l.get("id").asLong();
            }
        }
        assertThat(letter).as("a numbered demo letter of ฉช 0017.1").isPositive();
        assertThat(draft).as("staff's demo draft waiting for signature").isPositive();
        ids.put("outgoingBook", String.valueOf(book));
        ids.put("outgoingLetter", String.valueOf(letter));
        ids.put("outgoingDraft", String.valueOf(draft));
    }
}
