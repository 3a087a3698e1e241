package th.tidtam.casework.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import th.tidtam.casework.search.CaseFinder;
import th.tidtam.casework.search.CaseHit;

/** Search across the registers, memos and orders the caller may see. */
@RestController
@RequestMapping("/api/search")
class SearchController {

    private final CaseFinder finder;

    SearchController(CaseFinder finder) {
        this.finder = finder;
    }

    @GetMapping
    @Operation(summary = "Cases whose number, party, subject or text contain every word of q (Thai or Arabic digits)")
    List<CaseHit> search(@RequestParam String q, @RequestParam(defaultValue = "50") int limit) {
        return finder.find(q, limit);
    }
}
