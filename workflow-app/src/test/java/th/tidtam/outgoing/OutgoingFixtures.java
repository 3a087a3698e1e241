package th.tidtam.outgoing;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Urgency;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.outgoing.service.BookForm;
import th.tidtam.outgoing.service.LetterForm;
import th.tidtam.outgoing.service.RegisterBooks;

/** Books of the tests' own (agencies' units, which the demo gives none), letters, signers, acting as a demo user. */
final class OutgoingFixtures {

    private final RegisterBooks books;
    private final OrgDirectory org;
    private final UserDetailsService users;

    OutgoingFixtures(RegisterBooks books, OrgDirectory org, UserDetailsService users) {
        this.books = books;
        this.org = org;
        this.users = users;
    }

    /** The test book of an agency's unit (created once; the database may outlive a run). */
    long book(String agencyPositionCode, String ownerCode) {
        long unit = org.positionByCode(agencyPositionCode).orElseThrow().unitId();
        return books.books().stream().filter(b -> b.unitId() == unit).findFirst().map(BookSummary::id)
                .orElseGet(() -> as("secretary", () -> books.create(new BookForm(unit, ownerCode, "ทะเบียนส่งทดสอบ " + ownerCode,
                        "Test book " + ownerCode, true))).id());
    }

    static LetterForm letter(long bookId, boolean circular, String subject) {
        return new LetterForm(bookId, circular, "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา\nถนนมหาจักรพรรดิ ฉช 24000", subject,
                "นายอำเภอทุกอำเภอ", "หนังสือกระทรวงสาธารณสุข ที่ สธ 0211/ว 123 ลงวันที่ 1 ธันวาคม 2569",
                "แบบรายงาน จำนวน 1 ชุด", "ด้วยจังหวัดฉะเชิงเทราจะดำเนินการรณรงค์ป้องกันโรคไข้เลือดออก\nจึงเรียนมาเพื่อโปรดทราบและดำเนินการต่อไป",
                "ขอแสดงความนับถือ", "กลุ่มงานควบคุมโรคติดต่อ", "0 3851 1234", "นายอำเภอทุกอำเภอ", null, Urgency.URGENT,
                SecrecyClass.NONE, "GENERAL", null, null);
    }

    ActorStamp stamp(String username, String positionCode, AssignmentKind capacity) {
        return new ActorStamp(org.person(username).orElseThrow().id(), org.positionByCode(positionCode).orElseThrow().id(), capacity);
    }

    <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
