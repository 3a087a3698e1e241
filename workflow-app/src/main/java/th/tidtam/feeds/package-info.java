/**
 * Calendar feeds (ปฏิทินงาน): each person's private, revocable iCalendar address of the due dates of their open work
 * and the meetings of the bodies their positions sit in, across every position they hold or act in today, for Outlook,
 * Google Calendar and Thunderbird to subscribe to. The address carries an unguessable token; only its hash is kept. The
 * records of this package are what the screens and the API know of a person's feed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds")
package th.tidtam.feeds;
