/** The outgoing register's rules: books, drafts, numbering at signing, the documents, and its ports to the core. */
@org.springframework.modulith.NamedInterface("service")
package th.tidtam.outgoing.service;
