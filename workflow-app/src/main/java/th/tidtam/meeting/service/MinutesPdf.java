package th.tidtam.meeting.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.AttendanceLine;
import th.tidtam.meeting.AttendanceStatus;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.MinutesCorrection;
import th.tidtam.meeting.MinutesDirectiveView;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.org.AssignmentKind;

/**
 * The minutes (รายงานการประชุม) as an A4 PDF in the official layout: heading block; ผู้มาประชุม (a representative
 * written "… แทน <position>"), ผู้ไม่มาประชุม with the reason, ผู้เข้าร่วมประชุม (those recorded who are not members);
 * เริ่มประชุมเวลา; per section and item what was reported, the chair's directives (ข้อสั่งการ, numbered when more than
 * one) and the resolution (มติที่ประชุม); เลิกประชุมเวลา; the note-taker's and the checker's signature blocks.
 */
@Component
class MinutesPdf {

    private final ThaiFonts fonts;
    private final Translations translations;

    MinutesPdf(ThaiFonts fonts, Translations translations) {
        this.fonts = fonts;
        this.translations = translations;
    }

    byte[] render(MeetingPapers papers, boolean thaiDigits) {
        DocumentText t = new DocumentText(translations, thaiDigits);
        MeetingSummary m = papers.meeting();
        String title = t.t("meeting.doc.minutes.title", m.bodyNameTh());
        return new MeetingPdfLayout(fonts, t).render(title, doc -> {
            doc.heading(title, m, m.minutesStatus() == MinutesStatus.DRAFT ? t.t("meeting.doc.draft") : null);
            attendance(papers, doc);
            doc.labelledFlush(t.t("meeting.doc.started"), t.time(m.startsAt()));
            for (AgendaSection section : AgendaSection.values()) {
                doc.section(section);
                section(papers, section, doc);
            }
            doc.labelledFlush(t.t("meeting.doc.ended"), t.time(m.endsAt()));
            MeetingPapers.Signer taker = papers.noteTaker();
            MeetingPapers.Signer checker = papers.checker();
            doc.signatures(List.of(
                    new String[] { taker == null ? null : taker.name(), taker == null ? null : taker.title(),
                            t.t("meeting.doc.note-taker") },
                    new String[] { checker == null ? null : checker.name(), checker == null ? null : checker.title(),
                            t.t("meeting.doc.checker") }));
            if (papers.adoptedAt() != null) {
                doc.centred(t.t(Boolean.TRUE.equals(m.adoptedWithCorrections()) ? "meeting.doc.adopted-at.corrected"
                        : "meeting.doc.adopted-at", papers.adoptedAt().number(),
                        t.date(papers.adoptedAt().startsAt().toLocalDate())), doc.small, 12);
            }
        });
    }

    private static void attendance(MeetingPapers papers, MeetingPdfLayout doc) {
        DocumentText t = doc.text;
        MeetingSummary m = papers.meeting();
        Map<Long, BodyMember> members = papers.members().stream()
                .collect(Collectors.toMap(BodyMember::positionId, Function.identity(), (a, b) -> a));
        List<String[]> present = new ArrayList<>();
        List<String[]> absent = new ArrayList<>();
        List<String[]> others = new ArrayList<>();
        for (AttendanceLine a : papers.attendance()) {
            if (a.status() == null) {
                continue;
            }
            String title = a.positionTitleTh();
            if (a.status() == AttendanceStatus.ABSENT) {
                absent.add(new String[] { title + (a.absenceReason() == null ? "" : " (" + a.absenceReason() + ")"), null });
                continue;
            }
            String who = a.status() == AttendanceStatus.REPRESENTED
                    ? t.t("meeting.doc.represented", a.representativeName()
                            + (a.representativeTitle() == null || a.representativeTitle().isBlank() ? "" : " " + a.representativeTitle()), title)
                    : title;
            String part = null;
            if (a.positionId() == m.chairPositionId()) {
                part = t.t("meeting.doc.role.chair");
                if (m.chairCapacity() != null && m.chairCapacity() != AssignmentKind.HOLDER && m.chairInPlaceOfPositionId() != null) {
                    who += " " + t.t("meeting.doc.capacity." + m.chairCapacity().name(),
                            papers.positionTitles().getOrDefault(m.chairInPlaceOfPositionId(), ""));
                }
            } else if (m.secretaryPositionId() != null && a.positionId() == m.secretaryPositionId()) {
                part = t.t("meeting.doc.role.secretary");
            } else if (members.containsKey(a.positionId()) && members.get(a.positionId()).role() == MemberRole.ASSISTANT_SECRETARY) {
                part = t.t("meeting.doc.role.assistant-secretary");
            }
            (members.containsKey(a.positionId()) || a.positionId() == m.chairPositionId() ? present : others)
                    .add(new String[] { who, part });
        }
        doc.people(t.t("meeting.doc.present"), present);
        if (!absent.isEmpty()) {
            doc.people(t.t("meeting.doc.absent"), absent);
        }
        if (!others.isEmpty()) {
            doc.people(t.t("meeting.doc.others"), others);
        }
    }

    private static void section(MeetingPapers papers, AgendaSection section, MeetingPdfLayout doc) {
        DocumentText t = doc.text;
        List<AgendaItemView> items = papers.items().stream().filter(i -> i.section() == section && i.status().onAgenda()).toList();
        Set<String> numbers = items.stream().map(AgendaItemView::number).collect(Collectors.toSet());
        boolean wrote = false;
        if (section == AgendaSection.ADOPT_MINUTES && items.isEmpty() && papers.previous() != null) {
            MeetingSummary previous = papers.previous();
            doc.text(t.t("meeting.doc.adopt", previous.bodyNameTh(), previous.number(), t.date(previous.startsAt().toLocalDate())));
            if (previous.adoptedAtMeetingId() != null && previous.adoptedAtMeetingId() == papers.meeting().id()) {
                List<MinutesCorrection> corrections = papers.corrections();
                doc.labelled(t.t("meeting.doc.resolution"), t.t(corrections.isEmpty() ? "meeting.doc.adopt.as-is"
                        : "meeting.doc.adopt.corrected"));
                int n = 0;
                for (MinutesCorrection c : corrections) {
                    doc.numbered(t.number(++n) + ")", t.digits(c.correction()), MeetingPdfLayout.INDENT);
                }
            }
            wrote = true;
        }
        for (AgendaItemView item : items) {
            // the chair's announcements are the chair's, whoever typed them in
            doc.item(item.number(), item.title(),
                    section == AgendaSection.CHAIR_ANNOUNCEMENTS ? null : item.presenterUnitNameTh());
            if (item.reported() != null && !item.reported().isBlank()) {
                doc.text(item.reported());
            }
            directives(papers.directives().stream().filter(d -> item.number().equals(d.agendaItemNumber())).toList(), papers, doc);
            if (item.resolution() != null && !item.resolution().isBlank()) {
                doc.labelled(t.t("meeting.doc.resolution"), item.resolution());
            }
            wrote = true;
        }
        // directives written against an item number the agenda does not have (typed or extracted from a text) still print
        Map<String, List<MinutesDirectiveView>> stray = papers.directives().stream()
                .filter(d -> !numbers.contains(d.agendaItemNumber()) && sectionOf(d.agendaItemNumber()) == section.number())
                .collect(Collectors.groupingBy(MinutesDirectiveView::agendaItemNumber, java.util.TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<MinutesDirectiveView>> e : stray.entrySet()) {
            doc.item(e.getKey(), "", null);
            directives(e.getValue(), papers, doc);
            wrote = true;
        }
        if (!wrote) {
            doc.text(t.t("meeting.doc.none"));
        }
    }

    private static void directives(List<MinutesDirectiveView> directives, MeetingPapers papers, MeetingPdfLayout doc) {
        if (directives.isEmpty()) {
            return;
        }
        DocumentText t = doc.text;
        doc.label(t.t("meeting.doc.directives"));
        if (directives.size() == 1) {
            doc.text(t.directive(directives.get(0), papers.unitNames()));
            return;
        }
        int n = 0;
        for (MinutesDirectiveView d : directives) {
            doc.numbered(t.number(++n) + ")", t.directive(d, papers.unitNames()), MeetingPdfLayout.INDENT * 2);
        }
    }

    private static int sectionOf(String itemNumber) {
        String head = itemNumber == null ? "" : itemNumber.split("\\.")[0];
        return head.matches("\\d{1,2}") ? Integer.parseInt(head) : -1;
    }
}
