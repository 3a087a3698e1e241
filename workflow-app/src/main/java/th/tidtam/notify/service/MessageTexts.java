package th.tidtam.notify.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.notify.NotificationKind;

/**
 * The words of every message, in the recipient's language (Thai unless they chose English), from the translation
 * bundles ({@code notify.mail.*}): plain text, dates in the Buddhist era, absolute links. A classified case is named by
 * its link only.
 */
@Service
public class MessageTexts {

    /** Items per digest section; the rest are counted and left to My work. */
    static final int SECTION_LIMIT = 15;
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private final Translations translations;
    private final MailSettings settings;

    MessageTexts(Translations translations, MailSettings settings) {
        this.translations = translations;
        this.settings = settings;
    }

    public record Composed(String subject, String body) {
    }

    /** A digest section's title key and its lines. */
    public record Section(String titleKey, List<String> lines, int total) {
    }

    /** A message about one case that cannot wait for the digest. */
    public Composed immediate(Recipient r, NotificationKind kind, CaseLine c, String detail, String positionTitle) {
        Locale l = r.locale();
        String headline = t(l, "notify.mail.headline." + kind.name());
        String about = c.classified() ? classified(l, c) : (c.number() == null ? "" : c.number() + " ") + nz(c.subject());
        if (about.isBlank() && detail != null) {
            about = readableDates(detail.trim(), l); // the alert's own words name the case ("27/2569 subject")
        }
        StringBuilder body = new StringBuilder();
        body.append(t(l, "notify.mail.greeting", r.name())).append("\n\n").append(headline).append("\n\n");
        body.append(t(l, "notify.mail.label.case")).append(": ").append(about.isBlank() ? "-" : about.trim()).append('\n');
        if (!c.classified() && c.due() != null) {
            body.append(t(l, "notify.mail.label.due")).append(": ").append(ThaiDates.formatLong(c.due(), l)).append('\n');
        }
        if (positionTitle != null && !positionTitle.isBlank()) {
            body.append(t(l, "notify.mail.label.position")).append(": ").append(positionTitle).append('\n');
        }
        if (!c.classified() && detail != null && !detail.isBlank() && !about.contains(readableDates(detail.trim(), l))) {
            body.append(t(l, "notify.mail.label.detail")).append(": ").append(readableDates(detail.trim(), l)).append('\n');
        }
        body.append(t(l, "notify.mail.label.link")).append(": ").append(settings.link(c.route())).append("\n\n");
        body.append(footer(l));
        String subject = t(l, "notify.mail.subject", headline, about.isBlank() ? "-" : about.trim());
        return new Composed(oneLine(subject), body.toString());
    }

    /** The digest: a greeting, the sections that have something, each with at most {@link #SECTION_LIMIT} lines. */
    public Composed digest(Recipient r, LocalDate day, List<String> positionTitles, List<Section> sections, int[] counts) {
        Locale l = r.locale();
        StringBuilder body = new StringBuilder();
        body.append(t(l, "notify.mail.greeting", r.name())).append("\n\n");
        body.append(t(l, "notify.digest.intro", ThaiDates.formatLong(day, l), String.join(", ", positionTitles))).append("\n");
        for (Section s : sections) {
            if (s.total() == 0) {
                continue;
            }
            body.append('\n').append(t(l, s.titleKey(), s.total())).append('\n');
            s.lines().forEach(line -> body.append("  - ").append(line).append('\n'));
            if (s.total() > s.lines().size()) {
                body.append("  ").append(t(l, "notify.digest.more", s.total() - s.lines().size())).append('\n');
            }
        }
        body.append('\n').append(t(l, "notify.digest.my-work", settings.link("work"))).append("\n\n").append(footer(l));
        String subject = t(l, "notify.digest.subject", ThaiDates.formatMedium(day, l), counts[0], counts[1], counts[2], counts[3]);
        return new Composed(oneLine(subject), body.toString());
    }

    /** One line of a digest section. */
    public String line(Locale l, CaseLine c, String detail) {
        StringBuilder s = new StringBuilder();
        if (c.classified()) {
            s.append(classified(l, c));
        } else {
            s.append(c.number() == null ? "" : c.number() + " ").append(nz(c.subject()));
            if (s.toString().isBlank() && detail != null) {
                s.append(readableDates(detail, l));
            }
            if (c.due() != null) {
                s.append(" · ").append(t(l, "notify.mail.label.due")).append(' ').append(ThaiDates.formatMedium(c.due(), l));
            }
        }
        return oneLine(s.toString().trim()) + " — " + settings.link(c.route());
    }

    private String classified(Locale l, CaseLine c) {
        return t(l, "DIRECTIVE".equals(c.caseType()) ? "notify.mail.classified-directive" : "notify.mail.classified-case");
    }

    private String footer(Locale l) {
        return "--\n" + t(l, "notify.mail.footer", settings.link("me/notifications"));
    }

    /** ISO dates that alerts carry ("2026-12-08 27/2569 …") written as the reader reads dates. */
    String readableDates(String text, Locale l) {
        Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = ThaiDates.formatMedium(LocalDate.parse(m.group()), l);
            } catch (RuntimeException e) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    String t(Locale l, String key, Object... args) {
        return translations.getTranslation(key, l, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").trim();
    }
}
