package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.casework.attachment.AttachmentProperties;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Attachments over the API on a real database and disk: what goes up comes back byte for byte under its Thai name;
 * every refusal says why and leaves no row and no file; and nobody reaches a file of a directive they may not see.
 * The test configuration sets the limit to 1 MB so that over-the-limit files stay cheap.
 */
@IntegrationTest
class AttachmentsApiTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentProperties properties;

    record Reply(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    private long issueToHealth(String secrecy) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "ส่งหลักฐานการตรวจคัดกรอง " + secrecy);
        body.put("text", "ให้สำนักงานสาธารณสุขจังหวัดรายงานพร้อมหลักฐาน");
        body.put("urgency", "NORMAL");
        body.put("secrecy", secrecy);
        body.put("leadUnitId", org.positionByCode("AG-12-HEAD").orElseThrow().unitId());
        body.put("supportingUnitIds", List.of());
        body.put("dueInWorkingDays", 5);
        ApiClient.Response r = new ApiClient(port).post("/api/directives", "governor", body);
        assertThat(r.status()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private long healthPart(long directiveId) {
        return new ApiClient(port).get("/api/directives/" + directiveId, "governor").body().get("parts").get(0).get("id").asLong();
    }

    private Reply upload(String user, long directiveId, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----tidtam" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        if (fileName != null) {
            // as browsers do: the name's UTF-8 bytes, quoted, in the part header
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri("/api/directives/" + directiveId + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
    }

    private Reply upload(String user, long directiveId, String fileName, byte[] content) {
        return upload(user, directiveId, fileName, content, Map.of());
    }

    private Reply get(String user, String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    private Reply send(HttpRequest.Builder builder, String user) {
        builder.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private int rows(long directiveId) {
        return jdbc.queryForObject("select count(*) from case_attachment where case_type = 'DIRECTIVE' and case_id = ?", Integer.class, directiveId);
    }

    private List<Path> filesOnDisk() {
        if (!Files.isDirectory(properties.dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.dir())) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdfOfSize(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }

    @Test
    void aUnitsEvidenceWithAThaiNameComesBackByteForByteUnderTheSameName() {
        long id = issueToHealth("NONE");
        long part = healthPart(id);
        String name = "รายงานผลการตรวจคัดกรอง รอบที่ 1 😷.pdf";

        Reply added = upload("agency.health", id, name, PDF, Map.of("partId", String.valueOf(part)));

        assertThat(added.status()).as(new String(added.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        assertThat(added.json().get("fileName").asText()).isEqualTo(name);
        assertThat(added.json().get("size").asLong()).isEqualTo(PDF.length);
        assertThat(added.json().get("contentType").asText()).isEqualTo("application/pdf");
        long attachmentId = added.json().get("id").asLong();

        JsonNode list = get("governor", "/api/directives/" + id + "/attachments").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("fileName").asText()).isEqualTo(name);
        assertThat(list.get(0).get("partId").asLong()).isEqualTo(part);
        assertThat(list.get(0).get("positionTitleTh").asText()).contains("สาธารณสุข");

        Reply download = get("agency.health", "/api/attachments/" + attachmentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String disposition = download.raw().headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);

        JsonNode timeline = new ApiClient(port).get("/api/directives/" + id, "governor").body().get("timeline");
        assertThat(timeline.findValuesAsText("kind")).contains("ATTACHMENT_ADDED");
        assertThat(timeline.findValuesAsText("detail")).contains(name);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheMessageAndNothingIsStored() {
        long id = issueToHealth("NONE");
        List<Path> before = filesOnDisk();

        Reply refused = upload("agency.health", id, "ภาพถ่ายหลักฐาน.pdf", pdfOfSize(1024 * 1024 + 1));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("attachment.error.too-large");
        assertThat(refused.json().get("message_th").asText()).contains("ภาพถ่ายหลักฐาน.pdf").contains("1 MB");
        assertThat(refused.json().get("message_en").asText()).contains("1 MB");
        assertThat(rows(id)).isZero();
        assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aFileFarOverTheLimitIsStoppedByTheServerWithAClearProblemToo() {
        long id = issueToHealth("NONE");
        List<Path> before = filesOnDisk();

        // over the servlet's own limit (1 MB above the application's), which cuts it off before any rule runs
        Reply refused = upload("agency.health", id, "วิดีโอ.pdf", pdfOfSize(2 * 1024 * 1024 + 64 * 1024));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("message_th").asText()).contains("1 MB");
        assertThat(refused.json().get("message_en").asText()).contains("1 MB");
        assertThat(rows(id)).isZero();
        assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aTypeThatIsNotAllowedIsRefusedWithTheAcceptedTypes() {
        long id = issueToHealth("NONE");
        List<Path> before = filesOnDisk();

        Reply exe = upload("agency.health", id, "setup.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        Reply html = upload("agency.health", id, "รายงาน.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        for (Reply refused : List.of(exe, html)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("code").asText()).isEqualTo("attachment.error.type-not-allowed");
            assertThat(refused.json().get("message_th").asText()).contains(".pdf").contains(".docx");
        }
        assertThat(rows(id)).isZero();
        assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aPdfWhoseBytesAreNotAPdfIsRefusedAsALyingContentType() {
        long id = issueToHealth("NONE");
        List<Path> before = filesOnDisk();

        Reply refused = upload("agency.health", id, "หนังสือราชการ.pdf",
                "<html><body onload=alert(1)>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
        Reply renamedExe = upload("agency.health", id, "notes.txt", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 });

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("attachment.error.content-mismatch");
        assertThat(refused.json().get("message_en").asText()).contains("lying content type");
        assertThat(renamedExe.status()).isEqualTo(400);
        assertThat(rows(id)).isZero();
        assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aPathInTheFileNameIsCutOffAndMarkupInTheNameIsKeptAsPlainText() {
        long id = issueToHealth("NONE");

        Reply traversal = upload("agency.health", id, "../../../etc/ผลการตรวจ.txt", "ปกติ".getBytes(StandardCharsets.UTF_8));
        Reply windows = upload("agency.health", id, "C:\\fakepath\\..\\สรุป.txt", "ok".getBytes(StandardCharsets.UTF_8));
        Reply markup = upload("agency.health", id, "<img src=x onerror=alert(1)> สรุป.txt", "ok".getBytes(StandardCharsets.UTF_8));

        assertThat(traversal.status()).isEqualTo(201);
        assertThat(traversal.json().get("fileName").asText()).isEqualTo("ผลการตรวจ.txt");
        assertThat(windows.json().get("fileName").asText()).isEqualTo("สรุป.txt");
        assertThat(markup.json().get("fileName").asText()).isEqualTo("<img src=x onerror=alert(1)> สรุป.txt");
        // on disk only random keys, never a name the user chose
        List<String> keys = jdbc.queryForList("select storage_key from case_attachment where case_type = 'DIRECTIVE' and case_id = ?", String.class, id);
        assertThat(keys).hasSize(3).allMatch(k -> k.matches("[0-9a-f-]{36}"));
        assertThat(keys).allMatch(k -> Files.isRegularFile(properties.dir().resolve(k)));
        assertThat(filesOnDisk()).noneMatch(f -> f.getFileName().toString().contains("ผลการตรวจ"));
    }

    @Test
    void whoeverMayNotSeeTheDirectiveGets404ForItsFilesAsIfTheyDidNotExist() {
        long ordinary = issueToHealth("NONE");
        long secret = issueToHealth("SECRET");
        long ordinaryFile = upload("agency.health", ordinary, "หลักฐาน.pdf", PDF).json().get("id").asLong();
        long secretFile = upload("agency.health", secret, "หลักฐานลับ.pdf", PDF).json().get("id").asLong();

        // a district chief has no part in the health office's directive
        assertThat(get("district.banpho", "/api/directives/" + ordinary + "/attachments").status()).isEqualTo(404);
        assertThat(get("district.banpho", "/api/attachments/" + ordinaryFile).status()).isEqualTo(404);
        assertThat(upload("district.banpho", ordinary, "แทรก.pdf", PDF).status()).isEqualTo(404);
        assertThat(upload("district.banpho", ordinary, null, null).status()).as("even without a file").isEqualTo(404);
        // the supervising vice governor sees the ordinary directive but is not cleared for the secret one
        assertThat(get("vicegovernor2", "/api/attachments/" + ordinaryFile).status()).isEqualTo(200);
        assertThat(get("vicegovernor2", "/api/directives/" + secret + "/attachments").status()).isEqualTo(404);
        assertThat(get("vicegovernor2", "/api/attachments/" + secretFile).status()).isEqualTo(404);
        assertThat(upload("vicegovernor2", secret, "แทรก.pdf", PDF).status()).isEqualTo(404);
        assertThat(get("agency.health", "/api/attachments/987654321").status()).isEqualTo(404);
        assertThat(rows(ordinary)).isEqualTo(1);
        assertThat(rows(secret)).isEqualTo(1);
    }

    @Test
    void someoneWhoSeesTheDirectiveButHoldsNoPositionOnItCannotAttach() {
        long id = issueToHealth("NONE");

        Reply refused = upload("vicegovernor2", id, "ความเห็น.pdf", PDF);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("attachment.error.no-position");
        assertThat(refused.json().get("message_th").asText()).isNotBlank();
        assertThat(rows(id)).isZero();
        assertThat(upload("head", id, "บันทึกสำนักงานจังหวัด.pdf", PDF).status()).as("the head of office may").isEqualTo(201);
        assertThat(upload("governor", id, "หนังสือสั่งการ.pdf", PDF).status()).as("the issuing governor may").isEqualTo(201);
    }

    @Test
    void aPartOfAnotherDirectiveIsRefused() {
        long one = issueToHealth("NONE");
        long other = issueToHealth("NONE");

        Reply refused = upload("agency.health", one, "หลักฐาน.pdf", PDF, Map.of("partId", String.valueOf(healthPart(other))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("attachment.error.part-not-on-directive");
        assertThat(rows(one)).isZero();
    }
}
