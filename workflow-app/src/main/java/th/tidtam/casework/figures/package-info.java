/** Case types' figures for the dashboard, beside the directives': the {@link th.tidtam.casework.figures.CaseFigures} SPI. */
@org.springframework.modulith.NamedInterface("figures")
package th.tidtam.casework.figures;
