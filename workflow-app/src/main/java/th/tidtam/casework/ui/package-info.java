/** Screens' building blocks of the casework core that features and "My work" embed (the alerts panel, ...). */
@org.springframework.modulith.NamedInterface("ui")
package th.tidtam.casework.ui;
