package th.tidtam.casework.discussion;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/** Comments and revisions as the discussion publishes them: names and titles resolved in a few questions per page. */
@Component
class CommentViews {

    private final CaseCommentRevisionRepository revisions;
    private final CaseCommentMentionRepository mentions;
    private final CaseCommentAttachmentRepository links;
    private final CaseAttachments attachments;
    private final OrgDirectory org;

    CommentViews(CaseCommentRevisionRepository revisions, CaseCommentMentionRepository mentions,
            CaseCommentAttachmentRepository links, CaseAttachments attachments, OrgDirectory org) {
        this.revisions = revisions;
        this.mentions = mentions;
        this.links = links;
        this.attachments = attachments;
        this.org = org;
    }

    /** The comments (all of one case) as the person {@code me} reads them. */
    List<DiscussionViews.Comment> of(List<CaseComment> found, Long me) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(CaseComment::getId).toList();
        Map<Long, Long> edits = new HashMap<>();
        for (Object[] row : revisions.countByComment(ids)) {
            edits.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, List<CaseCommentMention>> mentioned = mentions.findByCommentIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(CaseCommentMention::getCommentId));
        Map<Long, List<CaseCommentAttachment>> filed = links.findByCommentIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(CaseCommentAttachment::getCommentId));
        Map<Long, CaseAttachments.Item> files = filed.isEmpty() ? Map.of()
                : attachments.list(found.get(0).getRef()).stream()
                        .collect(Collectors.toMap(CaseAttachments.Item::id, Function.identity()));
        Set<Long> positionIds = new HashSet<>();
        found.forEach(c -> positionIds.add(c.getAuthor().positionId()));
        mentioned.values().forEach(ms -> ms.forEach(m -> positionIds.add(m.getPositionId())));
        Map<Long, PositionSummary> positions = positions(positionIds);
        Map<Long, Optional<PersonSummary>> people = new HashMap<>();
        return found.stream().map(c -> {
            ActorStamp by = c.getAuthor();
            Optional<PersonSummary> person = people.computeIfAbsent(by.personId(), org::person);
            PositionSummary pos = positions.get(by.positionId());
            List<DiscussionViews.Mentioned> ms = mentioned.getOrDefault(c.getId(), List.of()).stream().map(m -> {
                PositionSummary p = positions.get(m.getPositionId());
                return new DiscussionViews.Mentioned(m.getPositionId(), p == null ? null : p.titleTh(),
                        p == null ? null : p.titleEn());
            }).toList();
            List<DiscussionViews.File> fs = filed.getOrDefault(c.getId(), List.of()).stream()
                    .map(l -> files.get(l.getAttachmentId())).filter(java.util.Objects::nonNull)
                    .map(i -> new DiscussionViews.File(i.id(), i.fileName(), i.size())).toList();
            return new DiscussionViews.Comment(c.getId(), c.getRef().type(), c.getRef().id(), c.getPartId(), c.getBody(),
                    c.getCreatedAt(), c.getEditedAt(), c.getVersion(), by.personId(),
                    person.map(PersonSummary::fullNameTh).orElse(null), person.map(PersonSummary::fullNameEn).orElse(null),
                    by.positionId(), pos == null ? null : pos.titleTh(), pos == null ? null : pos.titleEn(),
                    by.capacity(), ms, fs, edits.getOrDefault(c.getId(), 0L).intValue(),
                    me != null && me.equals(by.personId()));
        }).toList();
    }

    List<DiscussionViews.Revision> revisions(List<CaseCommentRevision> found) {
        Map<Long, PositionSummary> positions = positions(found.stream().map(r -> r.getEditor().positionId()).toList());
        Map<Long, Optional<PersonSummary>> people = new HashMap<>();
        return found.stream().map(r -> {
            Optional<PersonSummary> person = people.computeIfAbsent(r.getEditor().personId(), org::person);
            PositionSummary pos = positions.get(r.getEditor().positionId());
            return new DiscussionViews.Revision(r.getBody(), r.getWrittenAt(), r.getReplacedAt(),
                    person.map(PersonSummary::fullNameTh).orElse(null), person.map(PersonSummary::fullNameEn).orElse(null),
                    pos == null ? null : pos.titleTh(), pos == null ? null : pos.titleEn());
        }).toList();
    }

    private Map<Long, PositionSummary> positions(Collection<Long> ids) {
        return org.summaries(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
    }
}
