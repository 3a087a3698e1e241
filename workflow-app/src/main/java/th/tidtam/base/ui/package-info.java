/** Shared by every feature: part of the base module's published API. */
@org.springframework.modulith.NamedInterface("ui")
package th.tidtam.base.ui;
