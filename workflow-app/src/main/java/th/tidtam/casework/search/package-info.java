/**
 * Finding cases of every type by number, party, subject and text, Thai and Arabic digits alike: each case type
 * answers through {@link th.tidtam.casework.search.CaseSearch}, with its own visibility rules, and
 * {@link th.tidtam.casework.search.CaseFinder} asks them all for the current user.
 */
@org.springframework.modulith.NamedInterface("search")
package th.tidtam.casework.search;
