package th.tidtam.notify;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.OrgFixtures;

/**
 * Units headed by fresh positions held (or acted in) by fresh people with e-mail addresses of their own, under the
 * General Administration Group's director: directives can be given to them, and every message they get is theirs.
 */
final class NotifyFixtures {

    private final OrgAdministration admin;
    private final OrgFixtures org;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    NotifyFixtures(OrgAdministration admin) {
        this.admin = admin;
        this.org = new OrgFixtures(admin);
    }

    /** A person with the address {@code name.<suffix>@tidtam-test.example} (or exactly {@code email} if given). */
    PersonSummary person(String name, String email) {
        return admin.createPerson(new PersonForm(("n." + name + "." + suffix).toLowerCase(Locale.ROOT), "คุณทดสอบ " + name,
                "Tester " + name, email != null ? email : address(name), OrgFixtures.PASSWORD, true));
    }

    String address(String name) {
        return (name + "." + suffix + "@tidtam-test.example").toLowerCase(Locale.ROOT);
    }

    /** A unit under {@code parentUnitId} and its head's position (cleared for secret cases), reporting to {@code above}. */
    PositionSummary headedUnit(String name, Long parentUnitId, Long above) {
        UnitSummary unit = org.unit(name, parentUnitId);
        return admin.createPosition(new PositionForm(org.code(name + "-HEAD"), "หัวหน้าหน่วยทดสอบ " + name,
                "Head of test unit " + name, unit.id(), above, true, PositionRole.STAFF, SecrecyClass.SECRET));
    }

    void hold(Long positionId, Long personId, LocalDate from) {
        org.hold(positionId, personId, from);
    }

    void act(Long positionId, Long personId, LocalDate from) {
        org.act(positionId, personId, from, from.plusYears(1));
    }

    static String login(PersonSummary p) {
        return p.username() + ":" + OrgFixtures.PASSWORD;
    }
}
