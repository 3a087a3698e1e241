/**
 * The pickers of units that every screen shares: they find a unit by its names and its aliases with one rule
 * ({@link th.tidtam.org.service.UnitNameKey}). The only part of org's screens that other modules use.
 */
@org.springframework.modulith.NamedInterface("pickers")
package th.tidtam.org.ui.pickers;
