/** The directive's entities and repositories: its own, never read by another module (it publishes records instead). */
package th.tidtam.directive.domain;
