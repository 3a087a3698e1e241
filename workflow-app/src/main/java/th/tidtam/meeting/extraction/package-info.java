/**
 * Minutes → draft directives: reads pasted text, .docx or text-based .pdf minutes and proposes the agenda items, the
 * directives under each, the units named and the due date or cadence. Pure logic without Spring or a database; the
 * meeting screens and API feed it a {@link th.tidtam.meeting.extraction.UnitLexicon} built from the chain of command
 * and show every proposal to a person before anything is issued.
 */
package th.tidtam.meeting.extraction;
