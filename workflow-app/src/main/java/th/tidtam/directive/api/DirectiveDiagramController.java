package th.tidtam.directive.api;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.service.DirectiveDiagrams;

/** The process diagram of a directive as an SVG image; 404 for a directive the caller may not see. */
@RestController
class DirectiveDiagramController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

    private final DirectiveDiagrams diagrams;

    DirectiveDiagramController(DirectiveDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/api/directives/{id}/diagram.svg")
    ResponseEntity<String> diagram(@PathVariable Long id) {
        String svg = diagrams.svg(id).orElseThrow(ApiProblems.NotFound::new);
        // the marks change with every step taken, so a cached copy would show the wrong step
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noStore()).body(svg);
    }
}
