/** The memo screens: the lists, one memo with its annotations and actions, and the drafting form. */
package th.tidtam.memo.ui;
