/** The feeds' services: {@link th.tidtam.feeds.service.CalendarFeeds} makes, revokes and reads a person's address. */
@org.springframework.modulith.NamedInterface("service")
package th.tidtam.feeds.service;
