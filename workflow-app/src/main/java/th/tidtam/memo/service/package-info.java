@org.springframework.modulith.NamedInterface("service")
package th.tidtam.memo.service;
