/** The regulation's signature block, with the capacity in which someone signs for a position. */
package th.tidtam.casework.signing;
