package th.tidtam.orders.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.orders.OrderForm;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.service.OrderDrafting;
import th.tidtam.orders.service.OrderPdf;
import th.tidtam.orders.service.OrderSigning;
import th.tidtam.orders.service.OrdersCase;

/**
 * Provincial orders over HTTP: the same rules and visibility as the screens; session or HTTP Basic. Signing is not
 * here: an order is signed by the memo that presents it (memos/new?subject=ORDER&subjectId=…) deciding "ลงนาม".
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Provincial orders", description = "คำสั่งจังหวัด: acting, delegation and committee orders")
class OrdersController {

    record CancelRequest(String reason) {
    }

    private final OrderDrafting drafting;
    private final OrderSigning signing;
    private final Timeline timeline;
    private final OrderPdf pdf;

    OrdersController(OrderDrafting drafting, OrderSigning signing, Timeline timeline, OrderPdf pdf) {
        this.pdf = pdf;
        this.drafting = drafting;
        this.signing = signing;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(summary = "The orders I may see, newest draft first: signed orders for everyone, drafts for the office")
    List<OrderSummary> orders() {
        return drafting.visible();
    }

    @PostMapping
    @Operation(summary = "Drafts an order (HR group, secretariat, head of office); checked as it would be signed")
    ResponseEntity<OrderSummary> draft(@RequestBody OrderForm form) {
        OrderSummary order = drafting.draft(form);
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(order);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One order")
    OrderSummary order(@PathVariable long id) {
        return drafting.order(id).orElseThrow(ApiProblems.NotFound::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes an order not yet signed; its kind stays")
    OrderSummary update(@PathVariable long id, @RequestBody OrderForm form) {
        return drafting.update(id, form);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancels a signed order before its effective date, with a reason: its effect is taken back")
    OrderSummary cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        drafting.order(id).orElseThrow(ApiProblems.NotFound::new);
        return signing.cancel(id, request == null ? null : request.reason());
    }

    @GetMapping("/{id}/order.pdf")
    @Operation(summary = "The order as an A4 PDF in the คำสั่ง layout (a draft is marked and unnumbered)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        OrderSummary order = drafting.order(id).orElseThrow(ApiProblems.NotFound::new);
        String name = "order-" + (order.number() == null ? "draft-" + id : order.number().replace('/', '-')) + ".pdf";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf.render(order));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to the order: drafted, presented, signed, in force, cancelled")
    List<TimelineEntry> timeline(@PathVariable long id) {
        drafting.order(id).orElseThrow(ApiProblems.NotFound::new);
        return timeline.of(OrdersCase.of(id));
    }
}
