/** Shared by every feature: part of the base module's published API. */
@org.springframework.modulith.NamedInterface("i18n")
package th.tidtam.base.i18n;
