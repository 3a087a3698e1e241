/** The timeline every case type shares: {@link th.tidtam.casework.timeline.Timeline}. */
@org.springframework.modulith.NamedInterface("timeline")
package th.tidtam.casework.timeline;
