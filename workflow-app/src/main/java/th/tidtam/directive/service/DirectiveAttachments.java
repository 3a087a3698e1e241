package th.tidtam.directive.service;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveAttachment;
import th.tidtam.directive.domain.DirectiveAttachmentRepository;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectiveEventRepository;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * Files attached to a directive (ไฟล์แนบ): the governor's documents at issue, and the evidence a unit files with its
 * part or one of its reports. Whoever may not see the directive gets "not found" for everything here, exactly as
 * for the directive itself. Adding takes a position on the directive: its issuer, the governor, the head of office,
 * the secretariat, or the holder of one of its parts (of that part, when a part is named). Every refusal leaves
 * nothing behind: no row, no file, no timeline entry.
 */
@Service
public class DirectiveAttachments {

    /** A file received in memory (by a form) that is attached once its directive exists. */
    public record NewFile(String fileName, String contentType, byte[] bytes) {
    }

    /** One attachment as screens and the API show it; the file name is plain text, never markup. */
    public record Item(Long id, Long directiveId, Long partId, Long reportId, String fileName, String contentType,
            long size, String sha256, Instant uploadedAt, String uploaderNameTh, String uploaderNameEn,
            Long positionId, String positionTitleTh, String positionTitleEn, AssignmentKind capacity) {
    }

    /** What a download needs; the stream is opened only when the bytes are sent. */
    public interface Download {
        Item item();

        InputStream open();
    }

    private final DirectiveAttachmentRepository attachments;
    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final DirectiveEventRepository events;
    private final DirectiveVisibility visibility;
    private final DirectiveService directiveService;
    private final AttachmentStorage storage;
    private final AttachmentProperties properties;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ProgressReportRepository reports;
    private final DirectiveReads reads;

    DirectiveAttachments(DirectiveAttachmentRepository attachments, DirectiveRepository directives,
            DirectivePartRepository parts, DirectiveEventRepository events, DirectiveVisibility visibility,
            DirectiveService directiveService, AttachmentStorage storage, AttachmentProperties properties,
            OrgDirectory org, CurrentUser currentUser, Clock clock, ProgressReportRepository reports,
            DirectiveReads reads) {
        this.reads = reads;
        this.reports = reports;
        this.attachments = attachments;
        this.directives = directives;
        this.parts = parts;
        this.events = events;
        this.visibility = visibility;
        this.directiveService = directiveService;
        this.storage = storage;
        this.properties = properties;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The largest file accepted, for upload fields that refuse larger files before sending them. */
    public long maxSizeBytes() {
        return properties.maxSize().toBytes();
    }

    /** Accepted extensions, without dots. */
    public List<String> allowedTypes() {
        return properties.allowedTypes();
    }

    /**
     * Issues a directive and attaches the files the form received, in one transaction: a refused file leaves no
     * directive behind, so the governor can correct it and issue again without a stray number.
     */
    @Transactional
    public Directive issueWith(IssueDirective command, List<NewFile> files) {
        Directive directive = directiveService.issue(command);
        for (NewFile file : files) {
            add(directive.getId(), null, null, file.fileName(), file.contentType(), file.bytes());
        }
        return directive;
    }

    @Transactional
    public Item add(Long directiveId, Long partId, Long reportId, String fileName, String contentType, byte[] bytes) {
        return add(directiveId, partId, reportId, fileName, contentType, new ByteArrayInputStream(bytes));
    }

    /**
     * Stores one file and records it with the uploader's position. The declared content type is not trusted: the
     * type kept and served later follows from the (allowed) extension, checked against the file's first bytes.
     */
    @Transactional
    public Item add(Long directiveId, Long partId, Long reportId, String fileName, String declaredContentType,
            InputStream content) {
        TidtamUser user = currentUser.require();
        List<CurrentPosition> mine = org.positionsFilled(user.personId());
        Directive directive = visibleDirective(mine, directiveId);
        List<DirectivePart> directiveParts = parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId());
        if (partId != null && directiveParts.stream().noneMatch(p -> p.getId().equals(partId))) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        if (reportId != null && reports.findById(reportId).filter(r -> r.getDirectiveId().equals(directive.getId())
                && (partId == null || r.getPartId().equals(partId))).isEmpty()) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        CurrentPosition uploader = uploaderPosition(mine, directive, directiveParts, partId)
                .orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
        if (!directive.getStatus().open()) {
            throw new RuleViolation("attachment.error.directive-closed", directive.getNumber());
        }
        String name = acceptableName(fileName);

        AttachmentStorage.Received received;
        try {
            received = storage.receive(content, maxSizeBytes());
        } catch (AttachmentStorage.TooLarge e) {
            throw new RuleViolation("attachment.error.too-large", name, humanSize(maxSizeBytes()));
        }
        try {
            String extension = checkContent(name, received.size(), received.head());
            String key = storage.keep(received);
            Instant now = clock.instant();
            DirectiveAttachment saved = attachments.save(new DirectiveAttachment(directive.getId(), partId, reportId,
                    name, AttachmentTypes.contentType(extension), received.size(), received.sha256(), key, now,
                    user.personId(), uploader.positionId(), uploader.capacity()));
            events.save(new DirectiveEvent(directive.getId(), partId, now, DirectiveEvent.Kind.ATTACHMENT_ADDED,
                    user.personId(), uploader.positionId(), uploader.capacity(), name));
            return item(saved, Optional.of(user.fullNameTh()), Optional.of(user.fullNameEn()),
                    new PositionTitles(uploader.titleTh(), uploader.titleEn()));
        } finally {
            // a no-op once the file has been moved into place
            storage.discard(received.temp());
        }
    }

    /**
     * Checks a file held in memory against the same rules as {@link #add}, without storing anything, so that a form
     * can refuse it the moment it is chosen.
     */
    public void check(String fileName, byte[] bytes) {
        String name = acceptableName(fileName);
        if (bytes.length > maxSizeBytes()) {
            throw new RuleViolation("attachment.error.too-large", name, humanSize(maxSizeBytes()));
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, AttachmentTypes.HEAD));
        checkContent(name, bytes.length, head);
    }

    /** Whether the current user may attach files to this directive (to show or hide an upload). */
    @Transactional(readOnly = true)
    public boolean mayAdd(Long directiveId, Long partId) {
        Optional<TidtamUser> user = currentUser.get();
        if (user.isEmpty() || directiveId == null) {
            return false;
        }
        List<CurrentPosition> mine = org.positionsFilled(user.get().personId());
        if (!visibility.canSee(mine, directiveId)) {
            return false;
        }
        Directive directive = directives.findById(directiveId).orElse(null);
        if (directive == null || !directive.getStatus().open()) {
            return false;
        }
        return uploaderPosition(mine, directive, parts.findByDirectiveIdOrderByLeadDescIdAsc(directiveId), partId).isPresent();
    }

    /** Throws "not found" unless the current user may see the directive. */
    @Transactional(readOnly = true)
    public void requireVisible(Long directiveId) {
        visibleDirective(myPositions(), directiveId);
    }

    /** Every file of a directive, oldest first; "not found" if the user may not see the directive. */
    @Transactional(readOnly = true)
    public List<Item> list(Long directiveId) {
        visibleDirective(myPositions(), directiveId);
        return items(attachments.findByDirectiveIdOrderByUploadedAtAscIdAsc(directiveId));
    }

    /** The files attached to one unit's part (its evidence), oldest first. */
    @Transactional(readOnly = true)
    public List<Item> listForPart(Long directiveId, Long partId) {
        visibleDirective(myPositions(), directiveId);
        return items(attachments.findByDirectiveIdAndPartIdOrderByUploadedAtAscIdAsc(directiveId, partId));
    }

    /** One file for download; "not found" for an id that does not exist and for one on a directive out of sight. */
    @Transactional(readOnly = true)
    public Download open(Long attachmentId) {
        DirectiveAttachment a = attachmentId == null ? null : attachments.findById(attachmentId).orElse(null);
        if (a == null || !visibility.canSee(myPositions(), a.getDirectiveId()) || !storage.exists(a.getStorageKey())) {
            throw new ApiProblems.NotFound();
        }
        Item item = items(List.of(a)).get(0);
        String key = a.getStorageKey();
        directives.findById(a.getDirectiveId()).ifPresent(d -> reads.shown(d, "attachment", a.getId()));
        return new Download() {
            @Override
            public Item item() {
                return item;
            }

            @Override
            public InputStream open() {
                return storage.open(key);
            }
        };
    }

    /** "820 KB", "12.5 MB": sizes as people read them. */
    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.floor(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
    }

    private Directive visibleDirective(List<CurrentPosition> mine, Long directiveId) {
        if (directiveId == null || !visibility.canSee(mine, directiveId)) {
            throw new ApiProblems.NotFound();
        }
        return directives.findById(directiveId).orElseThrow(ApiProblems.NotFound::new);
    }

    /**
     * The position the user attaches in: the named part's holder or the position it was delegated to first, then the
     * issuer's position, any part's holder or delegate, and the provincial office's roles that answer for every
     * directive.
     */
    private static Optional<CurrentPosition> uploaderPosition(List<CurrentPosition> mine, Directive directive,
            List<DirectivePart> directiveParts, Long partId) {
        Set<Long> holders = directiveParts.stream().filter(p -> partId == null || p.getId().equals(partId))
                .flatMap(p -> java.util.stream.Stream.of(p.getHolderPositionId(), p.getWorkerPositionId()))
                .collect(Collectors.toSet());
        return mine.stream().filter(p -> holders.contains(p.positionId())).findFirst()
                .or(() -> mine.stream().filter(p -> p.positionId().equals(directive.getIssuedByPositionId())).findFirst())
                .or(() -> mine.stream().filter(p -> p.role() == PositionRole.GOVERNOR
                        || p.role() == PositionRole.HEAD_OF_OFFICE || p.role() == PositionRole.SECRETARIAT).findFirst());
    }

    private String acceptableName(String fileName) {
        String name = AttachmentNames.sanitise(fileName);
        if (name.isEmpty()) {
            throw new RuleViolation("attachment.error.name-required");
        }
        String extension = AttachmentTypes.extension(name);
        if (!properties.allowedTypes().contains(extension)) {
            throw new RuleViolation("attachment.error.type-not-allowed", name, allowedList());
        }
        return name;
    }

    /** The extension, once the size and the first bytes agree with it. */
    private String checkContent(String name, long size, byte[] head) {
        String extension = AttachmentTypes.extension(name);
        if (size == 0) {
            throw new RuleViolation("attachment.error.empty", name);
        }
        if (!AttachmentTypes.contentMatches(extension, head)) {
            throw new RuleViolation("attachment.error.content-mismatch", name, extension);
        }
        return extension;
    }

    private String allowedList() {
        return properties.allowedTypes().stream().map(t -> "." + t).collect(Collectors.joining(", "));
    }

    private record PositionTitles(String th, String en) {
    }

    private List<Item> items(List<DirectiveAttachment> found) {
        Set<Long> positionIds = new HashSet<>();
        found.forEach(a -> positionIds.add(a.getUploadedByPositionId()));
        Map<Long, PositionSummary> positions = org.summaries(positionIds).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        Map<Long, Optional<PersonSummary>> people = found.stream().map(DirectiveAttachment::getUploadedByPersonId).distinct()
                .collect(Collectors.toMap(Function.identity(), org::person));
        return found.stream().map(a -> {
            Optional<PersonSummary> person = people.get(a.getUploadedByPersonId());
            PositionSummary pos = positions.get(a.getUploadedByPositionId());
            return item(a, person.map(PersonSummary::fullNameTh), person.map(PersonSummary::fullNameEn),
                    new PositionTitles(pos == null ? null : pos.titleTh(), pos == null ? null : pos.titleEn()));
        }).toList();
    }

    private static Item item(DirectiveAttachment a, Optional<String> nameTh, Optional<String> nameEn, PositionTitles titles) {
        return new Item(a.getId(), a.getDirectiveId(), a.getPartId(), a.getReportId(), a.getFileName(),
                a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getUploadedAt(), nameTh.orElse(null),
                nameEn.orElse(null), a.getUploadedByPositionId(), titles.th(), titles.en(), a.getUploadedCapacity());
    }

    private List<CurrentPosition> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }
}
