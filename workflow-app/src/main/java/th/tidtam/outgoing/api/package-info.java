/** The outgoing register over HTTP: books, letters, the clerk's registration, the documents. */
package th.tidtam.outgoing.api;
