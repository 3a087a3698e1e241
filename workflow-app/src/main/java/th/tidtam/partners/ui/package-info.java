/** The partners register screen: a lazy list with filters and the add/edit dialog. */
package th.tidtam.partners.ui;
