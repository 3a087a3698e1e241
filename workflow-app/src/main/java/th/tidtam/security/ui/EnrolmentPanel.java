package th.tidtam.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import th.tidtam.security.QrCodes;
import th.tidtam.security.SecondFactors;

/** What to scan (the QR code) or type (the secret in groups of four) into an authenticator app. */
class EnrolmentPanel extends Div {

    EnrolmentPanel(SecondFactors.Enrolment enrolment, String username) {
        Paragraph how = new Paragraph(getTranslation("twofactor.enrol.scan"));
        Image qr = new Image(QrCodes.dataUrl(enrolment.otpauthUri(username), 220), getTranslation("twofactor.enrol.qr-alt"));
        qr.setId("second-factor-qr");
        qr.setWidth("220px");
        qr.setHeight("220px");
        Span secret = new Span(enrolment.base32().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("second-factor-secret");
        secret.getElement().setAttribute("data-secret", enrolment.base32());
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        Paragraph typed = new Paragraph(getTranslation("twofactor.enrol.secret"));
        typed.add(new com.vaadin.flow.component.html.Span(" "), secret);
        add(how, qr, typed);
    }
}
