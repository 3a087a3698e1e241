/**
 * One-time links for people without a login (a partner answering a coordination request): an unguessable token that
 * opens one case's one party, expires, is used once, is throttled per address, and leaves every use on the audit
 * trail. Only the token's hash is stored.
 */
@org.springframework.modulith.NamedInterface("links")
package th.tidtam.casework.links;
