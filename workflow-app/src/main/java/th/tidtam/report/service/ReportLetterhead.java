package th.tidtam.report.service;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import th.tidtam.org.UnitKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * The head of the report's memo (ส่วนราชการ, ที่, เรียน) for the province of whoever generates it: the name of that province's
 * provincial office from the chain of command, and its register prefix from {@code tidtam.report.register-prefix.<ISO
 * code>} (e.g. {@code tidtam.report.register-prefix.TH-24=ฉช 0017.2/}). An installation of one province keeps its
 * plain settings ({@code tidtam.report.office}, {@code tidtam.report.register-prefix}); in a province with no prefix
 * configured the number is left for the clerk to write, rather than printing another province's.
 */
@Component
class ReportLetterhead {

    /** {@code province}: the province's name as the memo addresses its governor ("จังหวัดฉะเชิงเทรา"). */
    record Letterhead(String office, String registerPrefix, String province) {
    }

    private final Provinces provinces;
    private final OrgDirectory org;
    private final Environment environment;
    private final String office;
    private final String registerPrefix;

    ReportLetterhead(Provinces provinces, OrgDirectory org, Environment environment,
            @Value("${tidtam.report.office:}") String office,
            @Value("${tidtam.report.register-prefix:ฉช 0017.2/}") String registerPrefix) {
        this.provinces = provinces;
        this.org = org;
        this.environment = environment;
        this.office = office;
        this.registerPrefix = registerPrefix;
    }

    Letterhead of(List<CurrentPosition> positions) {
        ProvinceScope scope = ProvinceScope.of(positions);
        ProvinceSummary province = scope.provinceIds().size() == 1 ? provinces.byId(scope.single()).orElse(null) : null;
        boolean onlyOne = provinces.onlyOne().isPresent();
        if (province == null) {
            return new Letterhead(office.isBlank() ? "สำนักงานจังหวัด" : office, onlyOne ? registerPrefix : "", "จังหวัด");
        }
        String configured = environment.getProperty("tidtam.report.register-prefix." + province.code());
        String prefix = configured != null ? configured : onlyOne ? registerPrefix : "";
        String name = onlyOne && !office.isBlank() ? office : officeOf(province);
        return new Letterhead(name, prefix, province.formalNameTh());
    }

    /** The province's provincial office as the chain of command names it, else "สำนักงาน" and the province's name. */
    private String officeOf(ProvinceSummary province) {
        return org.allUnits(province.id()).stream().filter(u -> u.kind() == UnitKind.PROVINCIAL_OFFICE)
                .map(u -> u.nameTh()).findFirst()
                .orElse("สำนักงาน" + province.formalNameTh());
    }
}
