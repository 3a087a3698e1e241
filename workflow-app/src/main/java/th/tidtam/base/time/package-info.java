/** Shared by every feature: part of the base module's published API. */
@org.springframework.modulith.NamedInterface("time")
package th.tidtam.base.time;
