/** org's entities and repositories: internal to org, which publishes records (th.tidtam.org.service) instead. */
package th.tidtam.org.domain;
