/**
 * The meeting cycle (การประชุม): bodies that meet — the province's monthly meeting of the provincial committee and
 * heads of agencies, and the committees the governor chairs — their meetings numbered {@code N/BE-year} per body, the
 * agenda of six standard sections with items agencies submit before a cut-off, the published agenda and its versions,
 * attendance, the minutes (drafted, checked by the head of office, adopted at the next meeting) and the directives the
 * minutes give, issued into the directive follow-up in one step. Built on the casework core (case type
 * {@code MEETING}: timeline, alerts, attachments, number series). The records and enums of this package are what other
 * modules and the screens may know of a meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting")
package th.tidtam.meeting;
