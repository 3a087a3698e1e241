/**
 * The casework core (งานสารบรรณและการติดตามร่วม): what every case type of the provincial office — the governor's
 * directives, letters, memos, meetings, coordination requests, unowned matters — shares instead of copying: the one
 * urgency and secrecy scale, the case reference, the actor stamp and timeline, attachments, running numbers, alerts to
 * positions, lateness in working days and the escalation ladder, and the visibility port each case type answers.
 * It knows no case type: features plug in through {@code CaseVisibility}, number series and their own task forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework core")
package th.tidtam.casework;
