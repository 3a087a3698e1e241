@org.springframework.modulith.NamedInterface("service")
package th.tidtam.matters.service;
