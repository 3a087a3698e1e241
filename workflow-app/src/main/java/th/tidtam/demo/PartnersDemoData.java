package th.tidtam.demo;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.partners.LocalGovernmentKind;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.service.PartnerForm;
import th.tidtam.partners.service.PartnerRegister;
import th.tidtam.partners.service.Partners;

/**
 * The partners of Chachoengsao the office works with most: the provincial administrative organisation, the town
 * municipality and a dozen more local governments by their real names, the utilities, the chamber of commerce and the
 * federation of industries, the Rajabhat university, a foundation. Contacts are invented, with example.go.th and
 * example.com addresses; entered by the secretariat through the register's own rules.
 */
@Component
class PartnersDemoData {

    private static final PartnerKind LOCAL = PartnerKind.LOCAL_GOVERNMENT;

    private final PartnerRegister register;
    private final Partners partners;
    private final OrgDirectory org;
    private final AsUser users;

    PartnersDemoData(PartnerRegister register, Partners partners, OrgDirectory org, UserDetailsService users) {
        this.register = register;
        this.partners = partners;
        this.org = org;
        this.users = new AsUser(users);
    }

    boolean loaded() {
        return partners.count(null, null, false) > 0;
    }

    /** @return how many partners were entered */
    int load() {
        Map<String, Long> districts = org.allUnits().stream().filter(u -> u.code().startsWith("DIST-"))
                .collect(Collectors.toMap(UnitSummary::code, UnitSummary::id, (a, b) -> a));
        Object[][] rows = {
            { LOCAL, LocalGovernmentKind.PAO, "องค์การบริหารส่วนจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Administrative Organization",
                "นายวิชัย รักถิ่น", "ปลัดองค์การบริหารส่วนจังหวัด", "saraban@pao-chachoengsao.example.go.th", "038-511-186", "DIST-01" },
            { LOCAL, LocalGovernmentKind.TOWN_MUNICIPALITY, "เทศบาลเมืองฉะเชิงเทรา", "Chachoengsao Town Municipality",
                "นางสุนีย์ ทองดี", "ปลัดเทศบาล", "saraban@chachoengsaocity.example.go.th", "038-511-016", "DIST-01" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลบางคล้า", "Bang Khla Subdistrict Municipality",
                "นายประสิทธิ์ ศรีสมบูรณ์", "ปลัดเทศบาล", "bangkhla@example.go.th", "038-541-062", "DIST-02" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลบางน้ำเปรี้ยว", "Bang Nam Priao Subdistrict Municipality",
                "นางสาวกาญจนา ใจงาม", "ปลัดเทศบาล", "bangnamprieo@example.go.th", "038-581-081", "DIST-03" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลบางปะกง", "Bang Pakong Subdistrict Municipality",
                "นายสมพงษ์ แก้วมณี", "ปลัดเทศบาล", "bangpakong@example.go.th", "038-531-166", "DIST-04" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลท่าสะอ้าน", "Tha Sa-an Subdistrict Municipality",
                "นางวรรณา พูลสวัสดิ์", "ปลัดเทศบาล", "thasaan@example.go.th", "038-132-950", "DIST-04" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลบ้านโพธิ์", "Ban Pho Subdistrict Municipality",
                "นายอนุชา มีสุข", "ปลัดเทศบาล", "banpho@example.go.th", "038-587-123", "DIST-05" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลพนมสารคาม", "Phanom Sarakham Subdistrict Municipality",
                "นางพรทิพย์ บุญมา", "ปลัดเทศบาล", "phanomsarakham@example.go.th", "038-551-064", "DIST-06" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลเกาะขนุน", "Ko Khanun Subdistrict Municipality",
                "นายชาตรี ยอดดี", "ปลัดเทศบาล", "kokhanun@example.go.th", "038-554-111", "DIST-06" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลแปลงยาว", "Plaeng Yao Subdistrict Municipality",
                "นางสาวศิริพร สายทอง", "ปลัดเทศบาล", "plaengyao@example.go.th", "038-589-101", "DIST-09" },
            { LOCAL, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลหัวสำโรง", "Hua Samrong Subdistrict Municipality",
                "นายธนากร วงศ์ใหญ่", "ปลัดเทศบาล", "huasamrong@example.go.th", "038-589-222", "DIST-09" },
            { LOCAL, LocalGovernmentKind.SAO, "องค์การบริหารส่วนตำบลบางแก้ว", "Bang Kaeo Subdistrict Administrative Organization",
                "นางมาลัย สุขเจริญ", "ปลัดองค์การบริหารส่วนตำบล", "bangkaeo@example.go.th", "038-845-111", "DIST-01" },
            { LOCAL, LocalGovernmentKind.SAO, "องค์การบริหารส่วนตำบลคลองนครเนื่องเขต", "Khlong Nakhon Nueang Khet SAO",
                "นายสุรชัย นาคสวัสดิ์", "ปลัดองค์การบริหารส่วนตำบล", "khlongnakhon@example.go.th", "038-500-231", "DIST-01" },
            { LOCAL, LocalGovernmentKind.SAO, "องค์การบริหารส่วนตำบลคู้ยายหมี", "Khu Yai Mi Subdistrict Administrative Organization",
                "นายบุญเลิศ ศรีวิไล", "ปลัดองค์การบริหารส่วนตำบล", "khuyaimi@example.go.th", "038-597-155", "DIST-08" },
            { LOCAL, LocalGovernmentKind.SAO, "องค์การบริหารส่วนตำบลท่าตะเกียบ", "Tha Takiap Subdistrict Administrative Organization",
                "นางสาวจันทร์เพ็ญ ดีมาก", "ปลัดองค์การบริหารส่วนตำบล", "thatakiap@example.go.th", "038-508-222", "DIST-10" },
            { LOCAL, LocalGovernmentKind.SAO, "องค์การบริหารส่วนตำบลคลองเขื่อน", "Khlong Khuean Subdistrict Administrative Organization",
                "นายไพโรจน์ ทองคำ", "ปลัดองค์การบริหารส่วนตำบล", "khlongkhuean@example.go.th", "038-573-010", "DIST-11" },
            { PartnerKind.STATE_ENTERPRISE, null, "การไฟฟ้าส่วนภูมิภาคจังหวัดฉะเชิงเทรา", "Provincial Electricity Authority, Chachoengsao",
                "นายเกรียงไกร พลังดี", "ผู้จัดการการไฟฟ้าส่วนภูมิภาคจังหวัดฉะเชิงเทรา", "pea.chachoengsao@example.co.th", "038-511-031", "DIST-01" },
            { PartnerKind.STATE_ENTERPRISE, null, "การประปาส่วนภูมิภาคสาขาฉะเชิงเทรา", "Provincial Waterworks Authority, Chachoengsao Branch",
                "นางสาวนภัสสร ใสสะอาด", "ผู้จัดการการประปาส่วนภูมิภาคสาขาฉะเชิงเทรา", "pwa.chachoengsao@example.co.th", "038-511-245", "DIST-01" },
            { PartnerKind.STATE_ENTERPRISE, null, "ที่ทำการไปรษณีย์ฉะเชิงเทรา", "Chachoengsao Post Office",
                "นายสมศักดิ์ ส่งไว", "หัวหน้าที่ทำการไปรษณีย์", "post.chachoengsao@example.co.th", "038-511-050", "DIST-01" },
            { PartnerKind.STATE_ENTERPRISE, null, "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สำนักงานจังหวัดฉะเชิงเทรา",
                "Bank for Agriculture and Agricultural Cooperatives, Chachoengsao Provincial Office",
                "นายชัยวัฒน์ เกษตรสุข", "ผู้อำนวยการสำนักงาน ธ.ก.ส. จังหวัดฉะเชิงเทรา", "baac.chachoengsao@example.co.th", "038-514-400", "DIST-01" },
            { PartnerKind.ASSOCIATION, null, "หอการค้าจังหวัดฉะเชิงเทรา", "Chachoengsao Chamber of Commerce",
                "นายวีระ พาณิชย์เจริญ", "ประธานหอการค้าจังหวัดฉะเชิงเทรา", "info@chachoengsaochamber.example.com", "038-514-700", "DIST-01" },
            { PartnerKind.ASSOCIATION, null, "สภาอุตสาหกรรมจังหวัดฉะเชิงเทรา", "Federation of Thai Industries, Chachoengsao Chapter",
                "นางอรุณี อุตสาหะ", "ประธานสภาอุตสาหกรรมจังหวัดฉะเชิงเทรา", "fti.chachoengsao@example.com", "038-516-800", "DIST-01" },
            { PartnerKind.UNIVERSITY, null, "มหาวิทยาลัยราชภัฏราชนครินทร์", "Rajabhat Rajanagarindra University",
                "ผู้ช่วยศาสตราจารย์ ดร.ปัญญา รอบรู้", "ผู้อำนวยการสำนักบริการวิชาการ", "academic.service@rru.example.ac.th", "038-535-411 ต่อ 1201", "DIST-01" },
            { PartnerKind.FOUNDATION, null, "มูลนิธิโรงพยาบาลพุทธโสธร", "Buddhasothorn Hospital Foundation",
                "นางสาวเมตตา กรุณาดี", "เลขานุการมูลนิธิ", "foundation@buddhasothorn.example.com", "038-814-371", "DIST-01" },
            { PartnerKind.PRIVATE_COMPANY, null, "นิคมอุตสาหกรรมเวลโกรว์", "Wellgrow Industrial Estate",
                "นายสุทธิพงษ์ โรงงานดี", "ผู้จัดการฝ่ายชุมชนสัมพันธ์", "community@wellgrow.example.com", "038-571-600", "DIST-04" },
        };
        users.run("secretary", () -> {
            for (Object[] r : rows) {
                register.create(new PartnerForm((PartnerKind) r[0], (LocalGovernmentKind) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], null, districts.get((String) r[8])));
            }
        });
        return rows.length;
    }
}
