/** The feeds' table {@code calendar_feed}: one row per address ever made, the live one marked by active_person_id. */
package th.tidtam.feeds.domain;
