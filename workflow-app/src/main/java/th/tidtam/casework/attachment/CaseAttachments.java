package th.tidtam.casework.attachment;

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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRef;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * Files attached to a case (ไฟล์แนบ) of any type: a directive's documents at issue and the evidence a unit files with
 * its part or one of its reports; tomorrow a letter's enclosures or a meeting's papers. Whoever may not see the case
 * ({@link CaseAccess}) gets "not found" for everything here, exactly as for the case itself. Who may add what is the
 * case type's {@link AttachmentPolicy}. Every refusal leaves nothing behind: no row, no file, no timeline entry.
 */
@Service
public class CaseAttachments {

    /** A file received in memory (by a form) that is attached once its case exists. */
    public record NewFile(String fileName, String contentType, byte[] bytes) {
    }

    /** One attachment as screens show it; the file name is plain text, never markup. */
    public record Item(Long id, CaseRef owner, Long partId, Long reportId, String fileName, String contentType,
            long size, String sha256, Instant uploadedAt, Long uploaderPersonId, String uploaderNameTh,
            String uploaderNameEn, Long positionId, String positionTitleTh, String positionTitleEn,
            AssignmentKind capacity) {
    }

    /** What a download needs; the stream is opened only when the bytes are sent. */
    public interface Download {
        Item item();

        InputStream open();
    }

    private final CaseAttachmentRepository attachments;
    private final Map<String, AttachmentPolicy> policies;
    private final CaseAccess access;
    private final AttachmentStorage storage;
    private final AttachmentProperties properties;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseAttachments(CaseAttachmentRepository attachments, ObjectProvider<AttachmentPolicy> policies, CaseAccess access,
            AttachmentStorage storage, AttachmentProperties properties, OrgDirectory org, CurrentUser currentUser,
            Clock clock) {
        this.attachments = attachments;
        this.policies = policies.orderedStream()
                .collect(Collectors.toUnmodifiableMap(AttachmentPolicy::caseType, Function.identity()));
        this.access = access;
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

    @Transactional
    public Item add(CaseRef owner, Long partId, Long reportId, String fileName, String contentType, byte[] bytes) {
        return add(owner, partId, reportId, fileName, contentType, new ByteArrayInputStream(bytes));
    }

    /**
     * Stores one file and records it with the uploader's position. The declared content type is not trusted: the
     * type kept and served later follows from the (allowed) extension, checked against the file's first bytes.
     */
    @Transactional
    public Item add(CaseRef owner, Long partId, Long reportId, String fileName, String declaredContentType,
            InputStream content) {
        TidtamUser user = currentUser.require();
        List<CurrentPosition> mine = org.positionsFilled(user.personId());
        requireVisible(mine, owner);
        AttachmentPolicy policy = policies.get(owner.type());
        if (policy == null) {
            throw new RuleViolation("attachment.error.no-position");
        }
        CurrentPosition uploader = policy.attacher(mine, owner.id(), partId, reportId);
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
            CaseAttachment saved = attachments.save(new CaseAttachment(owner, partId, reportId, name,
                    AttachmentTypes.contentType(extension), received.size(), received.sha256(), key, now,
                    new ActorStamp(user.personId(), uploader.positionId(), uploader.capacity())));
            Item item = item(saved, Optional.of(user.fullNameTh()), Optional.of(user.fullNameEn()),
                    new PositionTitles(uploader.titleTh(), uploader.titleEn()));
            policy.attached(item);
            return item;
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

    /** Whether the current user may attach files to this case, or to one of its parts (to show or hide an upload). */
    @Transactional(readOnly = true)
    public boolean mayAdd(CaseRef owner, Long partId) {
        Optional<TidtamUser> user = currentUser.get();
        AttachmentPolicy policy = owner == null ? null : policies.get(owner.type());
        if (user.isEmpty() || policy == null) {
            return false;
        }
        List<CurrentPosition> mine = org.positionsFilled(user.get().personId());
        return access.canSee(mine, owner) && policy.mayAttach(mine, owner.id(), partId);
    }

    /** Throws "not found" unless the current user may see the case. */
    @Transactional(readOnly = true)
    public void requireVisible(CaseRef owner) {
        requireVisible(access.myPositions(), owner);
    }

    /** Every file of a case, oldest first; "not found" if the user may not see the case. */
    @Transactional(readOnly = true)
    public List<Item> list(CaseRef owner) {
        List<CurrentPosition> mine = access.myPositions();
        requireVisible(mine, owner);
        return items(attachments.findByCaseTypeAndCaseIdOrderByUploadedAtAscIdAsc(owner.type(), owner.id()).stream()
                .filter(a -> partVisible(mine, a)).toList());
    }

    /** The files attached to one part of a case (a unit's evidence, its reports' files among them), oldest first. */
    @Transactional(readOnly = true)
    public List<Item> listForPart(CaseRef owner, Long partId) {
        List<CurrentPosition> mine = access.myPositions();
        requireVisible(mine, owner);
        AttachmentPolicy policy = policies.get(owner.type());
        if (policy != null && !policy.maySeePart(mine, owner.id(), partId)) {
            return List.of();
        }
        return items(attachments.findByCaseTypeAndCaseIdAndPartIdOrderByUploadedAtAscIdAsc(owner.type(), owner.id(), partId));
    }

    /** One file for download; "not found" for an id that does not exist and for one on a case out of sight. */
    @Transactional(readOnly = true)
    public Download open(Long attachmentId) {
        CaseAttachment a = attachmentId == null ? null : attachments.findById(attachmentId).orElse(null);
        List<CurrentPosition> mine = access.myPositions();
        if (a == null || !access.canSee(mine, a.getOwner()) || !partVisible(mine, a)
                || !storage.exists(a.getStorageKey())) {
            throw new ApiProblems.NotFound();
        }
        Item item = items(List.of(a)).get(0);
        String key = a.getStorageKey();
        AttachmentPolicy policy = policies.get(a.getOwner().type());
        if (policy != null) {
            policy.shown(item);
        }
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

    private boolean partVisible(List<CurrentPosition> mine, CaseAttachment a) {
        AttachmentPolicy policy = policies.get(a.getOwner().type());
        return policy == null || policy.maySeePart(mine, a.getOwner().id(), a.getPartId());
    }

    private void requireVisible(List<CurrentPosition> mine, CaseRef owner) {
        if (owner == null || !access.canSee(mine, owner)) {
            throw new ApiProblems.NotFound();
        }
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

    private List<Item> items(List<CaseAttachment> found) {
        Set<Long> positionIds = new HashSet<>();
        found.forEach(a -> positionIds.add(a.getUploadedBy().positionId()));
        Map<Long, PositionSummary> positions = org.summaries(positionIds).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        Map<Long, Optional<PersonSummary>> people = found.stream().map(a -> a.getUploadedBy().personId()).distinct()
                .collect(Collectors.toMap(Function.identity(), org::person));
        return found.stream().map(a -> {
            Optional<PersonSummary> person = people.get(a.getUploadedBy().personId());
            PositionSummary pos = positions.get(a.getUploadedBy().positionId());
            return item(a, person.map(PersonSummary::fullNameTh), person.map(PersonSummary::fullNameEn),
                    new PositionTitles(pos == null ? null : pos.titleTh(), pos == null ? null : pos.titleEn()));
        }).toList();
    }

    private static Item item(CaseAttachment a, Optional<String> nameTh, Optional<String> nameEn, PositionTitles titles) {
        ActorStamp by = a.getUploadedBy();
        return new Item(a.getId(), a.getOwner(), a.getPartId(), a.getReportId(), a.getFileName(), a.getContentType(),
                a.getSizeBytes(), a.getSha256(), a.getUploadedAt(), by.personId(), nameTh.orElse(null),
                nameEn.orElse(null), by.positionId(), titles.th(), titles.en(), by.capacity());
    }
}
