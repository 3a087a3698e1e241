@org.springframework.modulith.NamedInterface("domain")
package th.tidtam.directive.domain;
