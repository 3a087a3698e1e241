/** The regulation's signature block, with the capacity in which someone signs for a position. */
@org.springframework.modulith.NamedInterface("signing")
package th.tidtam.casework.signing;
