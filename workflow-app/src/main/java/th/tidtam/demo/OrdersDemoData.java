package th.tidtam.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.casework.ActorStamp;
import th.tidtam.memo.service.MemoDraft;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.orders.OrderForm;
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.service.OrderDrafting;
import th.tidtam.orders.service.OrderSigning;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;

/**
 * The demo's provincial orders: a signed order making the strategy director act as the HR director from the day after
 * the present acting period ends (the chain changes on that date, on the engine's clock), and an acting order for the
 * vacant district chief of Khlong Khuean's next period, drafted by the HR group and waiting at the head of office in
 * the memo chain. Drafted as the HR group's (acting) director, through the same rules as the screens.
 */
@Component
class OrdersDemoData {

    private final OrderDrafting drafting;
    private final OrderSigning signing;
    private final MemoDrafting memos;
    private final OrgDirectory org;
    private final AsUser users;
    private final Clock clock;

    OrdersDemoData(OrderDrafting drafting, OrderSigning signing, MemoDrafting memos, OrgDirectory org,
            UserDetailsService users, Clock clock) {
        this.drafting = drafting;
        this.signing = signing;
        this.memos = memos;
        this.org = org;
        this.users = new AsUser(users);
        this.clock = clock;
    }

    boolean loaded() {
        return users.as("head", () -> !drafting.visible().isEmpty());
    }

    /** @return the number of the signed order */
    String load() {
        LocalDate today = LocalDate.now(clock);
        long hrDirector = position("GRP-HR-DIR");
        // director.admin acts as the HR director until today + 70 (ChainOfCommandDemoData): the next acting holder follows
        LocalDate actingEnds = org.history(hrDirector).stream().filter(a -> a.kind() == AssignmentKind.ACTING && a.validTo() != null)
                .map(a -> a.validTo()).max(LocalDate::compareTo).orElse(today.plusDays(70));
        OrderSummary acting = users.as("director.admin", () -> drafting.draft(new OrderForm(OrderKind.ACTING,
                "ให้ข้าราชการรักษาราชการแทนผู้อำนวยการกลุ่มงานบริหารทรัพยากรบุคคล",
                "ด้วยตำแหน่งผู้อำนวยการกลุ่มงานบริหารทรัพยากรบุคคล สำนักงานจังหวัดฉะเชิงเทรา ว่างลง และผู้รักษาราชการแทนคนเดิม"
                        + "จะครบกำหนดตามคำสั่ง เพื่อให้การปฏิบัติราชการเป็นไปด้วยความเรียบร้อย อาศัยอำนาจตามมาตรา ๕๗ "
                        + "แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔",
                "ให้มีอำนาจหน้าที่ตามที่กฎหมายและระเบียบกำหนด", actingEnds.plusDays(1), actingEnds.plusDays(90), hrDirector,
                org.person("director.strategy").orElseThrow().id(), null, null, null, null, null, null, null, null)));
        OrderSummary signed = signing.sign(acting.id(), new ActorStamp(org.person("governor").orElseThrow().id(),
                position("GOVERNOR"), AssignmentKind.HOLDER));

        // the Khlong Khuean chief's post: the deputy acts open-endedly, so the demo's waiting order is a committee
        long member = position("DIST-11-CHIEF");
        OrderSummary waiting = users.as("director.admin", () -> drafting.draft(new OrderForm(OrderKind.COMMITTEE,
                "แต่งตั้งคณะกรรมการพิจารณาความดีความชอบข้าราชการสำนักงานจังหวัดฉะเชิงเทรา",
                "เพื่อให้การพิจารณาเลื่อนเงินเดือนข้าราชการเป็นไปด้วยความเป็นธรรม โปร่งใส และตรวจสอบได้",
                "ให้คณะกรรมการมีหน้าที่พิจารณาผลการปฏิบัติราชการและเสนอความเห็นต่อผู้ว่าราชการจังหวัด", today.plusDays(14), null,
                null, null, null, null, "MERIT-COMMITTEE", "คณะกรรมการพิจารณาความดีความชอบข้าราชการสำนักงานจังหวัดฉะเชิงเทรา",
                "Provincial Office Merit Committee", position("HEAD-OF-OFFICE"), null,
                List.of(new th.tidtam.orders.OrderMember(position("GRP-ADMIN-DIR"), th.tidtam.meeting.MemberRole.MEMBER, false),
                        new th.tidtam.orders.OrderMember(position("GRP-STRATEGY-DIR"), th.tidtam.meeting.MemberRole.MEMBER, false),
                        new th.tidtam.orders.OrderMember(member, th.tidtam.meeting.MemberRole.MEMBER, false),
                        new th.tidtam.orders.OrderMember(hrDirector, th.tidtam.meeting.MemberRole.SECRETARY, false)))));
        users.run("director.admin", () -> {
            long memo = memos.draft(new MemoDraft(hrDirector, "กลุ่มงานบริหารทรัพยากรบุคคล สำนักงานจังหวัดฉะเชิงเทรา โทร. ๐ ๓๘๕๑ ๔๐๐๐",
                    "ฉช 0017.3/" + (100 + waiting.id()), null, "ขอเสนอร่างคำสั่งแต่งตั้งคณะกรรมการพิจารณาความดีความชอบ",
                    null, "กลุ่มงานบริหารทรัพยากรบุคคลได้จัดทำร่างคำสั่งแต่งตั้งคณะกรรมการพิจารณาความดีความชอบข้าราชการ "
                            + "ตามรายละเอียดที่แนบมาพร้อมนี้ จึงเรียนมาเพื่อโปรดพิจารณาลงนามในคำสั่ง",
                    "SIGNATURE", null, "NORMAL", "NONE", null, "ORDER", waiting.id()));
            memos.submit(memo, "เรียน หัวหน้าสำนักงานจังหวัด เพื่อโปรดพิจารณา");
        });
        return signed.number();
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }
}
