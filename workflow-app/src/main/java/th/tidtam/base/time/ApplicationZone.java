package th.tidtam.base.time;

import java.time.ZoneId;

/**
 * The one definition of the application's time zone: where "today", working hours and every date and time shown to
 * people are reckoned. The application's {@link java.time.Clock} bean is built in it (the engine clock, in
 * {@code th.tidtam.process}); everything else asks that injected clock ({@code clock.getZone()},
 * {@code LocalDate.now(clock)}), so a test's clock decides the zone too. Only what cannot be given the clock reads
 * these constants: the clock's own definition and annotations such as {@code @Scheduled(zone = ApplicationZone.NAME)}.
 * <p>
 * Hibernate stores instants as wall-clock time in this zone ({@code hibernate.jdbc.time_zone} in application.yml),
 * so changing it would change how stored rows read: that is a data migration, not a setting.
 */
public final class ApplicationZone {

    /** For annotations, which need a constant string. */
    public static final String NAME = "Asia/Bangkok";

    public static final ZoneId ID = ZoneId.of(NAME);

    private ApplicationZone() {
    }
}
