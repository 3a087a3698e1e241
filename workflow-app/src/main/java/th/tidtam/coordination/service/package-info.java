@org.springframework.modulith.NamedInterface("service")
package th.tidtam.coordination.service;
