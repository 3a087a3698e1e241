package th.tidtam.coordination.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.coordination.PartyView.FileView;

/**
 * The files of requests and answers, in the module's own table: a partner without a login sends and fetches them
 * through the link, where the core's attachments need a signed-in position. Accepted by the core's rules (allowed
 * types, the first bytes agreeing with the type, the size) and this module's own size limit, the smaller of the two.
 */
@Component
public class CoordinationFiles {

    /** One file to store; the content type is derived from the (checked) extension, never taken from the sender. */
    public record Incoming(String fileName, byte[] bytes) {
    }

    public record Content(FileView file, Long requestId, Long partyId, byte[] bytes) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"), Map.entry("txt", "text/plain"));

    private final JdbcTemplate jdbc;
    private final CaseAttachments attachments;
    private final CoordinationSettings settings;
    private final Clock clock;

    CoordinationFiles(JdbcTemplate jdbc, CaseAttachments attachments, CoordinationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
    }

    long maxBytes() {
        return Math.min(attachments.maxSizeBytes(), settings.maxFileSize().toBytes());
    }

    List<String> allowedTypes() {
        return attachments.allowedTypes();
    }

    /** Refuses a file that breaks a rule, before anything is stored: the whole answer is refused with it. */
    void check(List<Incoming> files, int max) {
        if (files.size() > max) {
            throw new RuleViolation("coordination.error.too-many-files", max);
        }
        for (Incoming f : files) {
            if (f.bytes() == null) {
                throw new RuleViolation("attachment.error.empty", String.valueOf(f.fileName()));
            }
            if (f.bytes().length > maxBytes()) {
                throw new RuleViolation("attachment.error.too-large", String.valueOf(f.fileName()), CaseAttachments.humanSize(maxBytes()));
            }
            attachments.check(f.fileName(), f.bytes());
        }
    }

    void store(long requestId, Long partyId, List<Incoming> files, String uploadedBy) {
        for (Incoming f : files) {
            String name = f.fileName().strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            jdbc.update("""
                    insert into coordination_file (request_id, party_id, file_name, content_type, size_bytes, sha256, content,
                        uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestId, partyId,
                    name.length() > 255 ? name.substring(0, 255) : name, TYPES.getOrDefault(extension, "application/octet-stream"),
                    f.bytes().length, sha256(f.bytes()), f.bytes(), Timestamp.from(clock.instant()),
                    uploadedBy == null || uploadedBy.length() <= 300 ? uploadedBy : uploadedBy.substring(0, 300));
        }
    }

    /** The files of a request, the request's own first (party null), then each party's, oldest first. */
    List<Map.Entry<Long, FileView>> list(long requestId) {
        return jdbc.query("""
                select id, party_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by from coordination_file
                where request_id = ? order by id""", (rs, i) -> Map.entry(rs.getObject("party_id") == null ? 0L : rs.getLong("party_id"),
                new FileView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"))), requestId);
    }

    Optional<Content> open(long fileId) {
        return jdbc.query("""
                select id, request_id, party_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by, content
                from coordination_file where id = ?""", rs -> rs.next() ? Optional.of(new Content(
                new FileView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")),
                rs.getLong("request_id"), rs.getObject("party_id") == null ? null : rs.getLong("party_id"), rs.getBytes("content")))
                : Optional.<Content>empty(), fileId);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
