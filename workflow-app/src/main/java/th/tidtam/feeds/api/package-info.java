/** The feeds over HTTP: the person's own address ({@code /api/me/calendar-feed}) and the feed itself ({@code /feeds/calendar}). */
package th.tidtam.feeds.api;
