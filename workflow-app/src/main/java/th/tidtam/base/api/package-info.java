@org.springframework.modulith.NamedInterface("api")
package th.tidtam.base.api;
