/** Running numbers in named series for every case type: {@link th.tidtam.casework.numbering.NumberSeries}. */
@org.springframework.modulith.NamedInterface("numbering")
package th.tidtam.casework.numbering;
