package th.tidtam.outgoing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The words of a หนังสือภายนอก in the order the regulation sets them: ส่วนราชการเจ้าของหนังสือ (the address at the top
 * right), เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, the body, คำลงท้าย, ส่วนราชการเจ้าของเรื่อง, โทร.; then whom it goes to
 * (the register's ถึง) and สำเนาส่ง. Validated by the service before it gets here.
 */
@Embeddable
public class LetterText {

    @Column(name = "owner_address", nullable = false, length = 1000)
    private String ownerAddress;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 500)
    private String salutation;

    @Column(length = 1000)
    private String reference;

    @Column(length = 2000)
    private String enclosures;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(nullable = false, length = 100)
    private String closing;

    @Column(length = 500)
    private String department;

    @Column(length = 100)
    private String phone;

    @Column(nullable = false, length = 2000)
    private String recipients;

    @Column(name = "copies_to", length = 1000)
    private String copiesTo;

    protected LetterText() {
    }

    public LetterText(String ownerAddress, String subject, String salutation, String reference, String enclosures,
            String body, String closing, String department, String phone, String recipients, String copiesTo) {
        this.ownerAddress = ownerAddress;
        this.subject = subject;
        this.salutation = salutation;
        this.reference = reference;
        this.enclosures = enclosures;
        this.body = body;
        this.closing = closing;
        this.department = department;
        this.phone = phone;
        this.recipients = recipients;
        this.copiesTo = copiesTo;
    }

    public String ownerAddress() { return ownerAddress; }
    public String subject() { return subject; }
    public String salutation() { return salutation; }
    public String reference() { return reference; }
    public String enclosures() { return enclosures; }
    public String body() { return body; }
    public String closing() { return closing; }
    public String department() { return department; }
    public String phone() { return phone; }
    public String recipients() { return recipients; }
    public String copiesTo() { return copiesTo; }
}
