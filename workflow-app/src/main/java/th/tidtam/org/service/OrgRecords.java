package th.tidtam.org.service;

import java.util.List;

import th.tidtam.org.domain.Assignment;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.Person;
import th.tidtam.org.domain.Position;

/** The one place where org's entities become the records that leave the module. */
final class OrgRecords {

    private OrgRecords() {
    }

    static UnitSummary unit(OrgUnit u) {
        // the parent's id comes from the proxy without loading the parent
        return new UnitSummary(u.getId(), u.getCode(), u.getNameTh(), u.getNameEn(), u.getKind(),
                u.getParent() == null ? null : u.getParent().getId(), u.getProvinceId());
    }

    static PersonSummary person(Person p) {
        return new PersonSummary(p.getId(), p.getUsername(), p.getFullNameTh(), p.getFullNameEn(), p.getEmail(),
                p.getPreferredLocale(), p.isEnabled(), p.getProvinceId());
    }

    static Credentials credentials(Person p) {
        return new Credentials(person(p), p.getPasswordHash());
    }

    static PositionSummary position(Position p, List<Actor> actors) {
        OrgUnit u = p.getUnit();
        return new PositionSummary(p.getId(), p.getCode(), p.getTitleTh(), p.getTitleEn(), u.getId(), u.getNameTh(),
                u.getNameEn(), p.isUnitHead(), p.getRole(), p.getClearance(),
                p.getReportsTo() == null ? null : p.getReportsTo().getId(), actors, u.getProvinceId());
    }

    static CurrentPosition current(Assignment a) {
        Position p = a.getPosition();
        OrgUnit u = p.getUnit();
        return new CurrentPosition(p.getId(), p.getCode(), p.getTitleTh(), p.getTitleEn(), u.getId(), u.getNameTh(),
                u.getNameEn(), p.getRole(), p.isUnitHead(), p.getClearance(), a.getKind(), a.getValidTo(),
                a.getOrderNumber(), a.getDelegatedPowers(), u.getProvinceId());
    }

    static Actor actor(Assignment a) {
        Person pe = a.getPerson();
        return new Actor(a.getId(), pe.getId(), pe.getUsername(), pe.getFullNameTh(), pe.getFullNameEn(), a.getKind(),
                a.getValidFrom(), a.getValidTo(), a.getOrderNumber(), a.getOrderDate(), a.getDelegatedPowers());
    }
}
