package th.tidtam.outgoing.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.outgoing.BookSummary;
import th.tidtam.outgoing.service.BookForm;
import th.tidtam.outgoing.service.RegisterBooks;
import th.tidtam.outgoing.service.RunningStart;

/** The outgoing register's books over HTTP; the owner codes are printed on every letter, so every user may list them. */
@RestController
@RequestMapping("/api/outgoing/books")
@Tag(name = "Outgoing register", description = "Register books, outgoing letters and their numbers (ทะเบียนหนังสือส่ง)")
class OutgoingBooksController {

    private final RegisterBooks books;

    OutgoingBooksController(RegisterBooks books) {
        this.books = books;
    }

    @GetMapping
    @Operation(summary = "Every register book with its owner code (e.g. ฉช 0017.2)")
    List<BookSummary> books() {
        return books.books();
    }

    @PostMapping
    @Operation(summary = "Opens a book for a unit with a unique owner code (secretariat, head of office, administrator)")
    ResponseEntity<BookSummary> create(@RequestBody BookForm form) {
        BookSummary book = books.create(form);
        return ResponseEntity.created(URI.create("/api/outgoing/books/" + book.id())).body(book);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One book, with the last numbers handed out this calendar year (normal and ว)")
    Map<String, Object> book(@PathVariable long id) {
        BookSummary book = books.book(id).orElseThrow(ApiProblems.NotFound::new);
        int[] last = books.lastNumbers(id);
        return Map.of("book", book, "lastNumber", last[0], "lastCircularNumber", last[1]);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a book's owner code, names or whether it is open (secretariat, head of office, administrator)")
    BookSummary update(@PathVariable long id, @RequestBody BookForm form) {
        return books.update(id, form);
    }

    @PostMapping("/{id}/running-start")
    @Operation(summary = "Continues the book's numbers from a count kept on paper; refused when it would move backwards")
    ResponseEntity<Void> continueAfter(@PathVariable long id, @RequestBody RunningStart start) {
        books.continueAfter(id, start);
        return ResponseEntity.noContent().build();
    }
}
