@org.springframework.modulith.NamedInterface("service")
package th.tidtam.org.service;
