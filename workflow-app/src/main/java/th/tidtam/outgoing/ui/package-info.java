/** The outgoing register's screens: the register, one letter, a new letter, the books. */
package th.tidtam.outgoing.ui;
