/** Thai A4 documents (Sarabun, line breaks between Thai words, page numbers): part of the base module's published API. */
@org.springframework.modulith.NamedInterface("pdf")
package th.tidtam.base.pdf;
