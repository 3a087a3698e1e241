/** The partners register's services: {@link th.tidtam.partners.service.Partners} for reading, used by other modules. */
@org.springframework.modulith.NamedInterface("service")
package th.tidtam.partners.service;
