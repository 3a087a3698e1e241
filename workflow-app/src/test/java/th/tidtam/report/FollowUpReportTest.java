package th.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tidtam.report.ReportFixtures.skeleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.tidtam.demo.SecondProvinceDemoData;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.service.PartTiming;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The follow-up report for meeting 97/2569 of directives made for it: 96/2569's open ones, 95/2569's closed one while
 * it was closed after the previous meeting, never 97/2569's own; read back from the PDF (PDFBox) and the XLSX (POI).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpReportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    PartTiming timing;

    @Autowired
    th.tidtam.demo.SecondProvinceDemoData secondProvince;

    ReportFixtures fx;
    long open96;
    long secret96;
    long closed95;
    long own97;
    String health;
    String banpho;
    LocalDate overdue;

    @BeforeAll
    void directivesOfThreeMeetings() {
        fx = new ReportFixtures(port, jdbc);
        Long healthUnit = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        Long banphoUnit = org.positionByCode("DIST-05-CHIEF").orElseThrow().unitId();
        health = org.unit(healthUnit).orElseThrow().nameTh();
        banpho = org.unit(banphoUnit).orElseThrow().nameTh();

        closed95 = fx.issue("ตรวจสอบคุณภาพน้ำประปาหมู่บ้าน", "95/2569", "3.1", healthUnit, List.of(), "NONE");
        fx.complete("agency.health", fx.task("agency.health", closed95, "acknowledgePart"), Map.of());
        fx.complete("agency.health", fx.task("agency.health", closed95, "reportOnPart"),
                Map.of("note", "ตรวจคุณภาพน้ำครบทุกหมู่บ้านแล้ว ผ่านเกณฑ์ทั้งหมด"));
        fx.complete("head", fx.task("head", closed95, "checkEvidence"), Map.of());
        fx.complete("governor", fx.task("governor", closed95, "decideClosure"), Map.of("outcome", "CLOSE"));

        open96 = fx.issue("เฝ้าระวังโรคไข้เลือดออกช่วงฤดูฝน", "96/2569", "3.1", healthUnit, List.of(banphoUnit), "NONE");
        fx.complete("agency.health", fx.task("agency.health", open96, "acknowledgePart"), Map.of());
        fx.complete("district.banpho", fx.task("district.banpho", open96, "acknowledgePart"), Map.of());
        String work = fx.task("district.banpho", open96, "reportOnPart");
        assertThat(fx.api().post("/api/tasks/" + work + "/progress", "district.banpho",
                Map.of("progress", "AT_RISK", "percent", 60, "note", "พ่นหมอกควันแล้ว 9 หมู่บ้าน")).status()).isEqualTo(201);
        // ลับ: the district chief of Ban Pho is cleared for ลับ, not ลับมาก (issue 16)
        secret96 = fx.issue("ตรวจสอบเบาะแสยาเสพติดในพื้นที่ชายแดน", "96/2569", "3.2", banphoUnit, List.of(), "CONFIDENTIAL");
        own97 = fx.issue("จัดงานวันพ่อแห่งชาติ", "97/2569", "3.1", healthUnit, List.of(), "NONE");

        fx.issuedDaysAgo(closed95, 70);
        fx.issuedDaysAgo(open96, 40);
        fx.issuedDaysAgo(secret96, 40);
        fx.issuedDaysAgo(own97, 5);
        fx.closedDaysAgo(closed95, 10);
        // the health office's part of 96/2569 is overdue by the due date in force
        overdue = calendar.today().minusDays(20);
        jdbc.update("update directive_part p join org_unit u on u.id = p.unit_id set p.due_date = ?"
                + " where p.directive_id = ? and p.unit_id = ?", overdue, open96, healthUnit);
    }

    @Test
    void thePdfForAMeetingIsAThaiMemoWithOneTablePerAgendaItemAndTheRightDirectives() {
        ReportFixtures.Download d = fx.download("?format=pdf&meeting=97/2569", "governor");
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.contentType()).isEqualTo("application/pdf");
        assertThat(d.disposition()).contains("attachment").contains("filename=\"follow-up-97-2569.pdf\"")
                .contains("filename*=UTF-8''follow-up-97-2569.pdf");
        ReportFixtures.keep(d.body(), "report-meeting-97-2569");
        String text = skeleton(ReportFixtures.pdfText(d.body()));
        assertThat(text).contains(skeleton("บันทึกข้อความ"), skeleton("ส่วนราชการ สำนักงานจังหวัดฉะเชิงเทรา"),
                skeleton("รายงานผลการติดตามการปฏิบัติตามข้อสั่งการ"), skeleton("เรียน ผู้ว่าราชการจังหวัดฉะเชิงเทรา"),
                skeleton("การประชุมหัวหน้าส่วนราชการ ครั้งที่ 97/2569"),
                skeleton("วันที่ " + ThaiDates.formatLong(calendar.today(), Locale.forLanguageTag("th"))),
                skeleton("ครั้งที่ 96/2569 ระเบียบวาระที่ 3.1"), skeleton("ครั้งที่ 96/2569 ระเบียบวาระที่ 3.2"),
                skeleton("ครั้งที่ 95/2569 ระเบียบวาระที่ 3.1"), skeleton("เฝ้าระวังโรคไข้เลือดออกช่วงฤดูฝน"),
                skeleton("ตรวจสอบเบาะแสยาเสพติด"), skeleton(health), skeleton(banpho),
                skeleton("ร้อยละ 60"), skeleton("พ่นหมอกควันแล้ว 9 หมู่บ้าน"), skeleton("ตรวจคุณภาพน้ำครบทุกหมู่บ้านแล้ว"),
                skeleton("ปิดเรื่องแล้ว"), skeleton("ยังไม่ได้รายงาน"), skeleton("หน้า 1"));
        assertThat(text).as("a meeting does not follow up its own directives").doesNotContain(skeleton("จัดงานวันพ่อแห่งชาติ"));
        assertThat(text.indexOf(skeleton("ครั้งที่ 95/2569"))).as("groups in meeting order")
                .isLessThan(text.indexOf(skeleton("ครั้งที่ 96/2569 ระเบียบวาระที่ 3.1")));
        assertThat(ReportFixtures.pdfPages(d.body())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void thaiDigitsAreAnOption() {
        ReportFixtures.Download d = fx.download("?format=pdf&meeting=97/2569&thaiDigits=true", "governor");
        assertThat(d.status()).isEqualTo(200);
        ReportFixtures.keep(d.body(), "report-thai-digits");
        String text = skeleton(ReportFixtures.pdfText(d.body()));
        assertThat(text).contains(skeleton("ครั้งที่ ๙๗/๒๕๖๙"), skeleton("ร้อยละ ๖๐"),
                skeleton(ThaiDigits.toThai(ThaiDates.formatLong(calendar.today(), Locale.forLanguageTag("th")))))
                .doesNotContain("97/2569");
    }

    @Test
    void aDirectiveClosedBeforeThePreviousMeetingIsLeftOut() {
        fx.closedDaysAgo(closed95, 50);
        try {
            String text = skeleton(ReportFixtures.pdfText(fx.download("?format=pdf&meeting=97/2569", "governor").body()));
            assertThat(text).doesNotContain(skeleton("ตรวจสอบคุณภาพน้ำประปาหมู่บ้าน"))
                    .contains(skeleton("เฝ้าระวังโรคไข้เลือดออกช่วงฤดูฝน"));
        } finally {
            fx.closedDaysAgo(closed95, 10);
        }
    }

    @Test
    void theSpreadsheetHasTheSameRowsAndNumbers() throws Exception {
        ReportFixtures.Download d = fx.download("?format=xlsx&meeting=97/2569", "governor");
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(d.disposition()).contains("follow-up-97-2569.xlsx");
        JsonNode open = fx.api().get("/api/directives/" + open96, "governor").body();
        String openNumber = open.get("number").asText();
        String closedNumber = fx.api().get("/api/directives/" + closed95, "governor").body().get("number").asText();
        String ownNumber = fx.api().get("/api/directives/" + own97, "governor").body().get("number").asText();
        try (XSSFWorkbook book = new XSSFWorkbook(ReportFixtures.in(d.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(4);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("หน่วยงาน", "สถานะ", "กำหนดเสร็จ", "ผลการดำเนินการล่าสุด", "ร้อยละ",
                    "ล่าช้า (วันทำการ)", "รอหน่วยงานอื่น (วันทำการ)");
            assertThat(sheet.getColumnWidth(headers.indexOf("ผลการดำเนินการล่าสุด"))).isGreaterThan(40 * 256);
            Map<String, Row> mine = new HashMap<>();
            int rows = 0;
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows++;
                assertThat(row.getCell(0).getNumericCellValue()).as("rows are numbered").isEqualTo(rows);
                String number = row.getCell(2).getStringCellValue();
                assertThat(number).isNotEqualTo(ownNumber);
                if (number.equals(openNumber) || number.equals(closedNumber)) {
                    mine.put(number + "|" + row.getCell(headers.indexOf("หน่วยงาน")).getStringCellValue(), row);
                }
            }
            assertThat(mine).hasSize(3);
            Row healthRow = mine.get(openNumber + "|" + health);
            Row banphoRow = mine.get(openNumber + "|" + banpho);
            Row closedRow = mine.get(closedNumber + "|" + health);
            int expectedLate = timing.workingDaysLate(overdue, null, 0, null, calendar.today());
            assertThat(expectedLate).isPositive();
            assertThat(healthRow.getCell(headers.indexOf("ล่าช้า (วันทำการ)")).getNumericCellValue()).isEqualTo(expectedLate);
            assertThat(healthRow.getCell(headers.indexOf("กำหนดเสร็จ")).getStringCellValue())
                    .isEqualTo(ThaiDates.formatMedium(overdue, Locale.forLanguageTag("th")));
            assertThat(healthRow.getCell(headers.indexOf("การประชุม/ที่มา")).getStringCellValue())
                    .contains("ครั้งที่ 96/2569 ระเบียบวาระที่ 3.1");
            assertThat(banphoRow.getCell(headers.indexOf("ร้อยละ")).getNumericCellValue()).isEqualTo(60);
            assertThat(banphoRow.getCell(headers.indexOf("ผลการดำเนินการล่าสุด")).getStringCellValue())
                    .isEqualTo("พ่นหมอกควันแล้ว 9 หมู่บ้าน");
            assertThat(banphoRow.getCell(headers.indexOf("ล่าช้า (วันทำการ)")).getNumericCellValue()).isZero();
            assertThat(closedRow.getCell(headers.indexOf("สถานะข้อสั่งการ")).getStringCellValue()).startsWith("ปิดเรื่องแล้ว");
            assertThat(closedRow.getCell(headers.indexOf("ผลการดำเนินการล่าสุด")).getStringCellValue())
                    .isEqualTo("ตรวจคุณภาพน้ำครบทุกหมู่บ้านแล้ว ผ่านเกณฑ์ทั้งหมด");
            assertThat(closedRow.getCell(headers.indexOf("ร้อยละ")).getNumericCellValue()).isEqualTo(100);
        }
    }

    @Test
    void secretDirectivesOnlyForThoseWhoMaySeeThem() {
        ReportFixtures.Download governor = fx.download("?format=xlsx&meeting=97/2569", "governor");
        ReportFixtures.Download vice = fx.download("?format=pdf&meeting=97/2569", "vicegovernor1");
        assertThat(vice.status()).isEqualTo(200);
        String text = skeleton(ReportFixtures.pdfText(vice.body()));
        assertThat(text).doesNotContain(skeleton("ตรวจสอบเบาะแสยาเสพติด"));
        assertThat(Integer.parseInt(vice.directives())).isLessThan(Integer.parseInt(governor.directives()));
        assertThat(fx.download("?format=pdf&meeting=97/2569", "head").status()).isEqualTo(200);
    }

    @Test
    void othersGetNotFound() {
        for (String user : List.of("district.banpho", "staff", "agency.health")) {
            ReportFixtures.Download d = fx.download("?format=pdf", user);
            assertThat(d.status()).as(user).isEqualTo(404);
            assertThat(d.contentType()).doesNotContain("pdf");
        }
        assertThat(fx.download("?format=pdf", null).status()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemInThaiAndEnglish() {
        Map<String, String> cases = Map.of(
                "?format=docx", "report.error.format",
                "?meeting=abc", "report.error.malformed-meeting",
                "?meeting=99/1999", "report.error.unknown-meeting",
                "?from=2026-11-30&to=2026-10-01", "report.error.from-after-to",
                "?from=30/11/2569", "report.error.date",
                "?meeting=97/2569&from=2026-10-01", "report.error.meeting-or-period",
                "?to=2026-10-01", "report.error.period-needs-from",
                "?thaiDigits=maybe", "report.error.thai-digits");
        cases.forEach((query, code) -> {
            ApiClient.Response r = fx.api().get("/api/reports/follow-up" + query, "governor");
            assertThat(r.status()).as(query + " " + r.raw()).isEqualTo(400);
            assertThat(r.body().get("code").asText()).as(query).isEqualTo(code);
            assertThat(r.body().get("message_th").asText()).as(query).isNotBlank().doesNotStartWith("!");
            assertThat(r.body().get("message_en").asText()).as(query).isNotBlank().doesNotStartWith("!");
        });
    }

    @Test
    void aPeriodAndTheDefaultSinceTheLatestMeeting() {
        LocalDate today = calendar.today();
        ReportFixtures.Download period = fx.download("?format=xlsx&from=" + today.minusDays(15) + "&to=" + today, "governor");
        assertThat(period.status()).isEqualTo(200);
        assertThat(period.disposition()).contains("follow-up-" + today.minusDays(15) + "-" + today + ".xlsx");
        ReportFixtures.Download since = fx.download("", "governor");
        assertThat(since.status()).isEqualTo(200);
        assertThat(since.contentType()).isEqualTo("application/pdf");
        assertThat(since.disposition()).contains("follow-up-since-");
    }

    /** Prachin Buri's report is Prachin Buri's memo: its office, its governor, no number of another province. */
    @Test
    void anotherProvincesReportNamesItsOwnOfficeAndGovernor() {
        secondProvince.ensureLoadedWithDirectives(calendar.today());
        LocalDate today = calendar.today();
        ReportFixtures.Download d = fx.download("?from=" + today.minusDays(30) + "&to=" + today, SecondProvinceDemoData.GOVERNOR);
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        String text = skeleton(ReportFixtures.pdfText(d.body()));
        assertThat(text).contains(skeleton("ส่วนราชการ สำนักงานจังหวัดปราจีนบุรี"),
                skeleton("เรียน ผู้ว่าราชการจังหวัดปราจีนบุรี"));
        assertThat(text).doesNotContain(skeleton("ฉะเชิงเทรา")).doesNotContain(skeleton("ฉช"));
        ReportFixtures.Download a = fx.download("?from=" + today.minusDays(30) + "&to=" + today, "governor");
        assertThat(skeleton(ReportFixtures.pdfText(a.body()))).as("Chachoengsao's keeps its register prefix")
                .contains(skeleton("ฉช 0017.2/"), skeleton("เรียน ผู้ว่าราชการจังหวัดฉะเชิงเทรา"));
    }
}
