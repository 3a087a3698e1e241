/** The orders screens: the list, one order with its text, memos and timeline, and the drafting form. */
package th.tidtam.orders.ui;
