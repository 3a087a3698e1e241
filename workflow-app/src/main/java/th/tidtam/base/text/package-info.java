/** Shared by every feature: part of the base module's published API. */
@org.springframework.modulith.NamedInterface("text")
package th.tidtam.base.text;
