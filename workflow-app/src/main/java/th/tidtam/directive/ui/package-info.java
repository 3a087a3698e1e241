@org.springframework.modulith.NamedInterface("ui")
package th.tidtam.directive.ui;
