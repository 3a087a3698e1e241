/**
 * Unowned matters (เรื่องที่ไม่มีหน่วยงานรับผิดชอบโดยตรง, objective 2 of the office): a matter arrives from a registered
 * letter, a complaint handed over by the Damrongdhama centre, a ministry's order or a meeting, and no unit clearly owns
 * it. The head of office triages it: assigns it to one unit (which may decline it once, with a reason, back to triage),
 * splits it among several with a share and a due date each, or keeps it in one of the provincial office's groups.
 * Each holder works its part like a directive's part (progress, extension, lateness and escalation on the engine
 * clock); the matter closes when every part is done. A complainant's personal data (PDPA) is seen only on the
 * matter's route and every view of it is audited. Built on the casework core (case type {@code MATTER}). The records
 * and enums of this package are what other modules and the screens may know of a matter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matters")
package th.tidtam.matters;
