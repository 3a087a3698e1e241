@org.springframework.modulith.NamedInterface("service")
package th.tidtam.directive.service;
