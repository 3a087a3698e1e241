package th.tidtam.org.service;

/**
 * The chain of command as the groups of the process engine and its webapps: every position is a group (its code is
 * the group's id), every unit is one ({@value #UNIT_PREFIX} and the unit's id), and the people in administrator
 * positions form one more ({@value #ADMINISTRATORS}). A group's members are whoever holds or acts in the position
 * today, in a position of the unit, or in an administrator position; a delegate is no member.
 */
public record IdentityGroup(String id, String name, Kind kind) {

    public static final String ADMINISTRATORS = "camunda-admin";
    public static final String ADMINISTRATORS_NAME = "ผู้ดูแลระบบ Camunda";
    public static final String UNIT_PREFIX = "unit-";

    /** What a group stands for; its name is the group's type as the engine shows it. */
    public enum Kind {
        SYSTEM, POSITION, UNIT
    }
}
