package th.tidtam.support;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;

/**
 * Fresh units, positions and people with a random suffix, created through {@link OrgAdministration} like an
 * administrator would. The test database is shared by the whole suite: never change the demo data, make your own.
 */
public final class OrgFixtures {

    public static final String PASSWORD = "fixture-pw";

    private final OrgAdministration admin;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    private int counter;

    /**
     * Gives a unit made without a parent the demo province (Chachoengsao), as the database's trigger does while the
     * installation has one province: once a test has loaded province B, a root unit belongs to no province (it would
     * be installation-wide, invisible to every province's rules), and a fixture must not depend on which tests ran
     * before. Set per context by {@link IntegrationTestBeans}; nothing outside an integration test.
     */
    static volatile java.util.function.LongConsumer inDemoProvince = id -> { };

    public OrgFixtures(OrgAdministration admin) {
        this.admin = admin;
    }

    public String code(String name) {
        return "T-" + name + "-" + suffix;
    }

    public UnitSummary unit(String name) {
        return unit(name, null);
    }

    public UnitSummary unit(String name, Long parentId) {
        UnitSummary unit = asStartUp(() -> admin.createUnit(new UnitForm(code(name), "หน่วยทดสอบ " + name, "Test unit " + name,
                UnitKind.SUB_UNIT, parentId)));
        if (parentId == null) {
            inDemoProvince.accept(unit.id());
        }
        return unit;
    }

    /** A unit with the given Thai name (and a fresh code on every call). */
    public UnitSummary unitNamed(String nameTh) {
        String code = code("N" + (++counter));
        UnitSummary unit = asStartUp(() -> admin.createUnit(new UnitForm(code, nameTh, "Test unit", UnitKind.SUB_UNIT, null)));
        inDemoProvince.accept(unit.id());
        return unit;
    }

    public PositionSummary position(String name, Long unitId, Long reportsToId) {
        return position(name, unitId, reportsToId, PositionRole.STAFF);
    }

    public PositionSummary position(String name, Long unitId, Long reportsToId, PositionRole role) {
        String code = code(name);
        return asStartUp(() -> admin.createPosition(new PositionForm(code, "ตำแหน่งทดสอบ " + name, "Test position " + name,
                unitId, reportsToId, false, role, null)));
    }

    public PersonSummary person(String name) {
        return asStartUp(() -> admin.createPerson(new PersonForm(("t." + name + "." + suffix).toLowerCase(Locale.ROOT),
                "บุคคลทดสอบ " + name, "Test person " + name, null, PASSWORD, true)));
    }

    public Actor hold(Long positionId, Long personId, LocalDate from) {
        return asStartUp(() -> admin.assign(form(positionId, personId, AssignmentKind.HOLDER, from, null)));
    }

    public Actor act(Long positionId, Long personId, LocalDate from, LocalDate to) {
        return asStartUp(() -> admin.assign(form(positionId, personId, AssignmentKind.ACTING, from, to)));
    }

    /**
     * The fixtures set up the organisation as start-up work does, whoever the test has signed in on its thread: what
     * org lets a caller change depends on the caller (a province's administrator, issue 18), a test's set-up does not.
     */
    private static <T> T asStartUp(java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContext signedIn =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        }
    }

    public static AssignmentForm form(Long positionId, Long personId, AssignmentKind kind, LocalDate from, LocalDate to) {
        return new AssignmentForm(positionId, personId, kind, from, to, "คำสั่งทดสอบ ที่ 1/2569", from, null, null);
    }
}
