/** The meeting module's tables (V19__meetings.sql) as JPA entities; only meeting.service reads them. */
package th.tidtam.meeting.domain;
