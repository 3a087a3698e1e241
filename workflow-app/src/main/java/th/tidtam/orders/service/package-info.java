@org.springframework.modulith.NamedInterface("service")
package th.tidtam.orders.service;
