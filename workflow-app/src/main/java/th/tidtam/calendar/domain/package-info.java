@org.springframework.modulith.NamedInterface("domain")
package th.tidtam.calendar.domain;
