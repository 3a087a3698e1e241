@org.springframework.modulith.NamedInterface("domain")
package th.tidtam.org.domain;
