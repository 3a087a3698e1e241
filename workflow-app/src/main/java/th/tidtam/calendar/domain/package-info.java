/** calendar's entities and repositories: internal to calendar (other modules use calendar.service). */
package th.tidtam.calendar.domain;
