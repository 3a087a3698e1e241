@org.springframework.modulith.NamedInterface("service")
package th.tidtam.meeting.service;
