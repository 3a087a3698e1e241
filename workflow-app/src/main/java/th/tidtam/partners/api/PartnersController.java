package th.tidtam.partners.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.partners.LocalGovernmentKind;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.service.PartnerDetails;
import th.tidtam.partners.service.PartnerForm;
import th.tidtam.partners.service.PartnerRegister;
import th.tidtam.partners.service.PartnerSummary;
import th.tidtam.partners.service.Partners;
import th.tidtam.security.Roles;

/**
 * The partners register over HTTP, with the screen's rules: everyone signed in reads it; the administrator and the
 * secretariat change it. A change names the version it was made on and is refused (409) when someone changed the
 * partner since.
 */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners", description = "ภาคีเครือข่าย: organisations outside the chain of command")
class PartnersController {

    record Page(int total, List<PartnerSummary> items) {
    }

    /** The form's fields and the version the change was made on. */
    record PartnerChange(Long version, PartnerKind kind, LocalGovernmentKind localKind, String nameTh, String nameEn,
            String contactName, String contactTitle, String email, String phone, String address, Long districtUnitId) {

        PartnerForm form() {
            return new PartnerForm(kind, localKind, nameTh, nameEn, contactName, contactTitle, email, phone, address,
                    districtUnitId);
        }
    }

    record VersionBody(Long version) {
    }

    private final Partners partners;
    private final PartnerRegister register;

    PartnersController(Partners partners, PartnerRegister register) {
        this.partners = partners;
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Partners whose names, contact, e-mail or phone contain every word of q; active first, by Thai name")
    Page list(@RequestParam(required = false) String q, @RequestParam(required = false) PartnerKind kind,
            @RequestParam(defaultValue = "false") boolean activeOnly, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return new Page(partners.count(q, kind, activeOnly), partners.search(q, kind, activeOnly, offset, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner with its address, district and version")
    PartnerDetails partner(@PathVariable long id) {
        return partners.details(id).orElseThrow(() -> new ApiProblems.NotFound("partners.error.not-found"));
    }

    @PostMapping
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT })
    @Operation(summary = "Adds a partner (administrator, secretariat); its Thai name must be free among active partners")
    ResponseEntity<PartnerDetails> create(@RequestBody PartnerForm form) {
        PartnerDetails created = register.create(form);
        return ResponseEntity.created(URI.create("/api/partners/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT })
    @Operation(summary = "Changes a partner as of the version given; 409 when it was changed since")
    PartnerDetails update(@PathVariable long id, @RequestBody PartnerChange change) {
        partner(id);
        return register.update(id, version(change == null ? null : change.version()), change.form());
    }

    @PostMapping("/{id}/deactivate")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT })
    @Operation(summary = "Takes a partner off the lists new requests choose from (never deleted)")
    PartnerDetails deactivate(@PathVariable long id, @RequestBody VersionBody body) {
        partner(id);
        return register.deactivate(id, version(body == null ? null : body.version()));
    }

    @PostMapping("/{id}/activate")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT })
    @Operation(summary = "Puts a deactivated partner back; refused when an active partner has its name")
    PartnerDetails activate(@PathVariable long id, @RequestBody VersionBody body) {
        partner(id);
        return register.activate(id, version(body == null ? null : body.version()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new RuleViolation("partners.error.version-required");
        }
        return version;
    }
}
