/** Alerts to positions about cases of any type: {@link th.tidtam.casework.alert.Alerts}, the API and the panel. */
@org.springframework.modulith.NamedInterface("alert")
package th.tidtam.casework.alert;
