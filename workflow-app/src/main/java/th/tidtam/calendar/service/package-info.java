@org.springframework.modulith.NamedInterface("service")
package th.tidtam.calendar.service;
