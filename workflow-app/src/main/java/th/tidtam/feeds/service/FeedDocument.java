package th.tidtam.feeds.service;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import th.tidtam.base.time.ApplicationZone;

/**
 * The iCalendar text (RFC 5545) of a feed's entries, written with ical4j and folded by octets ({@link IcsFolding}).
 * The time zone is given as a VTIMEZONE of its own, Bangkok at UTC+7 without daylight saving since 1970: ical4j's
 * bundled definition starts with the local mean time of 1880 (offset +06:42:04), which some Outlook versions refuse.
 * No METHOD: a subscribed file is not an iTIP message (METHOD:PUBLISH would require an ORGANIZER in every event).
 * Every entry is PRIVATE (a shared calendar shows the time as taken, not the work); due dates do not make the person
 * busy, meetings do.
 */
final class FeedDocument {

    static final String PRODUCT = "-//Tidtam//Calendar feed 1.0//TH";
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private FeedDocument() {
    }

    static String render(String calendarName, List<FeedEntries.Entry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", ApplicationZone.NAME));
        // how often a subscriber should read again: RFC 7986 and Outlook's own name for it
        calendar.add(new RefreshInterval(new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.Value("DURATION"))), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(bangkok());
        DtStamp stamp = new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        for (FeedEntries.Entry e : entries) {
            calendar.add(event(e, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the calendar could not be written", e);
        }
        return IcsFolding.fold(out.toString());
    }

    private static VEvent event(FeedEntries.Entry e, DtStamp stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(stamp);
        if (e.day() != null) {
            event.add(new DtStart<>(e.day()));
            event.add(new DtEnd<>(e.day().plusDays(1)));
        } else {
            event.add(new DtStart<>(bangkokTime(), local(e.start())));
            event.add(new DtEnd<>(bangkokTime(), local(e.end())));
        }
        event.add(new Summary(e.summary()));
        event.add(new Description(e.description()));
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        event.add(new Url(URI.create(e.url())));
        event.add(ImmutableClazz.PRIVATE);
        event.add(e.busy() ? ImmutableTransp.OPAQUE : ImmutableTransp.TRANSPARENT);
        return event;
    }

    /**
     * Wall-clock time with TZID given as text: ical4j converts a ZonedDateTime through its own zone rules built from
     * its bundled Bangkok definition, whose 1880 local-mean-time offset it applies to every date (09:30 came out as
     * 09:12:04). The text is what the VTIMEZONE of the file defines.
     */
    private static String local(ZonedDateTime at) {
        return at.withZoneSameInstant(ApplicationZone.ID).toLocalDateTime().format(LOCAL);
    }

    private static ParameterList bangkokTime() {
        return new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.TzId(ApplicationZone.NAME)));
    }

    private static VTimeZone bangkok() {
        ZoneOffset seven = ZoneOffset.ofHours(7);
        Standard standard = new Standard(new PropertyList(List.<Property>of(new TzName("+07"), new TzOffsetFrom(seven),
                new TzOffsetTo(seven), new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)))));
        VTimeZone zone = new VTimeZone(new PropertyList(List.<Property>of(new TzId(ApplicationZone.NAME),
                new XProperty("X-LIC-LOCATION", ApplicationZone.NAME))));
        zone.add((Observance) standard);
        return zone;
    }
}
