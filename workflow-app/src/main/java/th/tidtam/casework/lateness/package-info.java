/** Lateness in working days and the escalation ladder, for every case type. */
@org.springframework.modulith.NamedInterface("lateness")
package th.tidtam.casework.lateness;
