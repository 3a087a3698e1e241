package th.tidtam.work.api;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.process.InboxFilter;
import th.tidtam.casework.Urgency;
import th.tidtam.work.SavedFilters;

/** My saved inbox filters over HTTP; someone else's filter is 404, like one that does not exist. */
@RestController
@RequestMapping("/api/tasks/filters")
class SavedFiltersController {

    record FilterBody(String name, Set<Urgency> urgencies, boolean overdueOnly, String text) {
    }

    record Saved(long id, String name, Set<Urgency> urgencies, boolean overdueOnly, String text) {

        static Saved of(SavedFilters.SavedFilter f) {
            return new Saved(f.id(), f.name(), f.filter().urgencies(), f.filter().overdueOnly(), f.filter().text());
        }
    }

    private final SavedFilters filters;

    SavedFiltersController(SavedFilters filters) {
        this.filters = filters;
    }

    @GetMapping
    List<Saved> mine() {
        return filters.mine().stream().map(Saved::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Saved save(@RequestBody FilterBody body) {
        return Saved.of(filters.save(body.name(), new InboxFilter(body.urgencies(), body.overdueOnly(), body.text())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        filters.delete(id).orElseThrow(ApiProblems.NotFound::new);
    }
}
