package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgAliases;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitAliasSummary;
import th.tidtam.org.service.UnitNames;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Units get aliases and abbreviations (สสจ., ปภ.จังหวัด) that find them wherever units are picked; one abbreviation
 * never means two units, and a refused alias names why and stores nothing.
 */
@IntegrationTest
class UnitAliasesTest {

    private static final String HEALTH = "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา";
    private static final String DISASTER = "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา";
    private static final String TREASURY = "สำนักงานคลังจังหวัดฉะเชิงเทรา";

    @Autowired
    OrgAliases aliases;
    @Autowired
    OrgDirectory directory;

    @Autowired
    th.tidtam.org.service.Provinces provinces;
    @Autowired
    OrgAdministration admin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Translations translations;
    @Autowired
    ApiClient api;
    @Autowired
    PlatformTransactionManager transactions;

    OrgFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new OrgFixtures(admin);
    }

    @Test
    void theDemoAbbreviationsFindTheirUnitsWithAndWithoutTheProvinceSuffixAndWhateverTheSpacing() {
        assertThat(first("สสจ.")).isEqualTo(HEALTH);
        assertThat(first("สสจ.ฉช.")).isEqualTo(HEALTH);
        assertThat(first("สสจ. ฉช.")).isEqualTo(HEALTH);
        assertThat(first("สสจ")).isEqualTo(HEALTH);
        assertThat(first("ปภ.จังหวัด")).isEqualTo(DISASTER);
        assertThat(first("ปภ. ฉช.")).isEqualTo(DISASTER);
        assertThat(first("สนง.คลังจังหวัด")).isEqualTo(TREASURY);
        assertThat(first("ทสจ.")).isEqualTo("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดฉะเชิงเทรา");
        assertThat(first("public health")).isEqualTo(HEALTH);
        assertThat(directory.findUnits("ไม่มีหน่วยงานชื่อนี้แน่นอน", 10)).isEmpty();
        assertThat(directory.findUnits("สสจ", 0)).isEmpty();

        UnitNames health = directory.unitNames().stream().filter(u -> u.nameTh().equals(HEALTH)).findFirst().orElseThrow();
        assertThat(health.aliases()).contains("สสจ.", "สสจ.ฉช.");
        assertThat(health.kind()).isEqualTo(UnitKind.AGENCY);
    }

    @Test
    void onlyUnitsThatCanTakeDirectivesAreNamedAndFound() {
        assertThat(directory.unitNames()).isNotEmpty()
                .allSatisfy(u -> assertThat(u.kind().takesDirectives()).as(u.nameTh()).isTrue());
        assertThat(directory.findUnits("จังหวัดฉะเชิงเทรา", 500)).extracting(UnitNames::kind)
                .doesNotContain(UnitKind.PROVINCE, UnitKind.CATEGORY, UnitKind.SYSTEM);
    }

    @Test
    void thaiAndArabicDigitsFindTheSameAliasAndAnExactAliasComesFirst() {
        UnitSummary unit = fx.unitNamed("ศูนย์อำนวยการความปลอดภัยทางถนนทดสอบ " + fx.code("D"));
        String suffix = fx.code("").replaceAll("[^A-Z0-9]", "");
        aliases.add(unit.id(), "ศปถ.ทดสอบ ๒๕๖๙ " + suffix);

        assertThat(directory.findUnits("ศปถ.ทดสอบ 2569 " + suffix, 5)).extracting(UnitNames::unitId).containsExactly(unit.id());
        assertThat(directory.findUnits("ศปถ. ทดสอบ ๒๕๖๙ " + suffix.toLowerCase(Locale.ROOT), 5)).extracting(UnitNames::unitId)
                .containsExactly(unit.id());
        // an exact alias ranks before units that merely contain the text
        assertThat(directory.findUnits("สสจ.", 50).get(0).nameTh()).isEqualTo(HEALTH);
    }

    @Test
    void badAliasesAreRefusedEachWithItsMessageAndNothingIsStored() {
        UnitSummary unit = fx.unit("ALIAS-BAD");
        UnitSummary other = fx.unit("ALIAS-OTHER");

        assertRefused(() -> aliases.add(unit.id(), ""), "org.alias.error.required");
        assertRefused(() -> aliases.add(unit.id(), "   "), "org.alias.error.required");
        assertRefused(() -> aliases.add(unit.id(), null), "org.alias.error.required");
        assertRefused(() -> aliases.add(unit.id(), "ก".repeat(101)), "org.alias.error.too-long");
        assertRefused(() -> aliases.add(unit.id(), "สสจ\u0000ฉช"), "org.alias.error.control-characters");
        assertRefused(() -> aliases.add(unit.id(), "สสจ\nฉช"), "org.alias.error.control-characters");
        assertRefused(() -> aliases.add(unit.id(), "สสจ \uD800"), "org.alias.error.broken-unicode");
        assertRefused(() -> aliases.add(unit.id(), " . . "), "org.alias.error.no-letters");
        assertRefused(() -> aliases.add(Long.MAX_VALUE, "ไม่มีหน่วย"), "org.error.unit-not-found");
        // another unit's abbreviation, however it is spaced or cased, and another unit's name
        assertRefused(() -> aliases.add(unit.id(), "สสจ."), "org.alias.error.taken");
        assertRefused(() -> aliases.add(unit.id(), "สสจ. ฉช"), "org.alias.error.taken");
        assertRefused(() -> aliases.add(unit.id(), TREASURY), "org.alias.error.other-unit-name");
        assertRefused(() -> aliases.add(unit.id(), "provincial public health office"), "org.alias.error.other-unit-name");

        String mine = "หท." + fx.code("A");
        aliases.add(unit.id(), mine);
        assertRefused(() -> aliases.add(unit.id(), mine.toLowerCase(Locale.ROOT)), "org.alias.error.already");
        assertRefused(() -> aliases.add(other.id(), " " + mine + " "), "org.alias.error.taken");

        assertThat(directory.aliasesOf(unit.id())).extracting(UnitAliasSummary::alias).containsExactly(mine);
        assertThat(directory.aliasesOf(other.id())).isEmpty();
        assertThat(translations.getTranslation("org.alias.error.taken", Translations.THAI, mine, unit.nameTh()))
                .contains(mine, unit.nameTh());
        // 100 characters are taken whole
        String longest = "ย".repeat(92) + fx.code("").substring(2, 10);
        assertThat(aliases.add(other.id(), longest).alias()).isEqualTo(longest);
    }

    @Test
    void twoClicksAddingTheSameAliasAtOnceStoreItOnceAndTheSecondIsToldWhy() throws Exception {
        UnitSummary unit = fx.unit("ALIAS-RACE");
        String alias = "ดับเบิลคลิก " + fx.code("R");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the first click's insert is not yet committed when the second click checks: only the unique key can tell
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
                aliases.add(unit.id(), alias);
                firstInserted.countDown();
                // hold the first transaction open until the second click's insert waits on the unique key
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                        .until(() -> jdbc.queryForObject(
                                "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'",
                                Long.class) > 0);
            }));
            Future<Throwable> second = pool.submit(() -> {
                firstInserted.await(60, TimeUnit.SECONDS);
                try {
                    aliases.add(unit.id(), alias);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            first.get(120, TimeUnit.SECONDS);
            Throwable refused = second.get(120, TimeUnit.SECONDS);
            assertThat(refused).isInstanceOf(RuleViolation.class);
            assertThat(((RuleViolation) refused).messageKey()).isEqualTo("org.alias.error.added-meanwhile");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from unit_alias where unit_id = ?", Long.class, unit.id())).isEqualTo(1);
    }

    @Test
    void removingAnAliasOrItsUnitLeavesNoTraceAndTheTrailRecordsIt() {
        UnitSummary unit = fx.unit("ALIAS-DEL");
        UnitAliasSummary a = aliases.add(unit.id(), "ลบได้ " + fx.code("X"));
        aliases.add(unit.id(), "ลบพร้อมหน่วย " + fx.code("Y"));

        assertRefused(() -> aliases.remove(fx.unit("ALIAS-NOT-MINE").id(), a.id()), "org.alias.error.not-found");
        aliases.remove(unit.id(), a.id());
        assertThat(directory.alias(a.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'UnitAlias' and object_id = ?",
                Long.class, String.valueOf(a.id()))).isEqualTo(2);

        admin.deleteUnit(unit.id());
        assertThat(jdbc.queryForObject("select count(*) from unit_alias where unit_id = ?", Long.class, unit.id())).isZero();
    }

    @Test
    void theAdministratorAddsAndRemovesAliasesOverRestAndOthersAreRefused() {
        UnitSummary unit = fx.unit("ALIAS-API");
        String alias = "เอพีไอ " + fx.code("P");

        ApiClient.Response added = api.post("/api/units/" + unit.id() + "/aliases", "admin", Map.of("alias", alias));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        long id = added.body().get("id").asLong();
        assertThat(added.body().get("alias").asText()).isEqualTo(alias);

        JsonNode listed = null;
        for (JsonNode u : api.get("/api/units", "staff").body()) {
            if (u.get("id").asLong() == unit.id()) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("aliases").get(0).asText()).isEqualTo(alias);
        ApiClient.Response found = api.get("/api/units/search?q=" + java.net.URLEncoder.encode("สสจ. ฉช.",
                java.nio.charset.StandardCharsets.UTF_8) + "&limit=3", "staff");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get(0).get("nameTh").asText()).isEqualTo(HEALTH);

        assertThat(api.post("/api/units/" + unit.id() + "/aliases", "staff", Map.of("alias", "ไม่ใช่แอดมิน")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/units/" + unit.id() + "/aliases", "governor", Map.of("alias", "ไม่ใช่แอดมิน")).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/units/aliases/" + id, "governor").status()).isEqualTo(403);
        ApiClient.Response duplicate = api.post("/api/units/" + fx.unit("ALIAS-API-2").id() + "/aliases", "admin",
                Map.of("alias", alias));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().get("code").asText()).isEqualTo("org.alias.error.taken");
        assertThat(duplicate.body().get("message_th").asText()).contains(alias);
        assertThat(api.post("/api/units/" + Long.MAX_VALUE + "/aliases", "admin", Map.of("alias", "x")).status()).isEqualTo(404);

        assertThat(api.delete("/api/units/aliases/" + id, "admin").status()).isEqualTo(204);
        assertThat(api.delete("/api/units/aliases/" + id, "admin").status()).isEqualTo(404);
        assertThat(directory.aliasesOf(unit.id())).isEmpty();
    }

    /** The first unit of Chachoengsao the query finds (a second province's health office answers "สสจ." too). */
    private String first(String query) {
        Long chachoengsao = provinces.byCode("TH-24").orElseThrow().id();
        List<UnitNames> found = directory.findUnits(chachoengsao, query, 5);
        assertThat(found).as("units found by " + query).isNotEmpty();
        return found.get(0).nameTh();
    }

    private void assertRefused(ThrowingCallable change, String key) {
        long before = jdbc.queryForObject("select count(*) from unit_alias", Long.class);
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(translations.getTranslation(key, Translations.THAI, v.arguments())).doesNotContain(key);
            assertThat(translations.getTranslation(key, Translations.ENGLISH, v.arguments())).doesNotContain(key);
        });
        assertThat(jdbc.queryForObject("select count(*) from unit_alias", Long.class)).as("nothing stored").isEqualTo(before);
    }
}
