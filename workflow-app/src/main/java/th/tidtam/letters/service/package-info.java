@org.springframework.modulith.NamedInterface("service")
package th.tidtam.letters.service;
