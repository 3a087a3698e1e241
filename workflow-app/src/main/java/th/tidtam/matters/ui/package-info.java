/** The matters' screens: the list, one matter, registering one, the list without an owner; and their My-work forms. */
package th.tidtam.matters.ui;
