package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.orders.OrderStatus;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.service.OrderDrafting;
import th.tidtam.support.IntegrationTest;

/**
 * The orders screens as the head of office sees them: the register with the demo's signed acting order, that order's
 * page (its text as signed, its number, the PDF link), and the drafting form switched to a committee. Screens are
 * saved to target/screenshots/orders-*.png.
 */
@IntegrationTest
class OrdersBrowserTest extends BrowserTestSupport {

    @Autowired
    OrderDrafting drafting;
    @Autowired
    UserDetailsService users;

    private OrderSummary demoSignedOrder() {
        UserDetails head = users.loadUserByUsername("head");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(head, null, head.getAuthorities()));
        try {
            return drafting.visible().stream().filter(o -> o.status() == OrderStatus.SIGNED && o.kind().name().equals("ACTING"))
                    .reduce((a, b) -> b).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theHeadOfOfficeSeesTheRegisterASignedOrderAndTheDraftingForm() {
        OrderSummary signed = demoSignedOrder();
        loginAs("head", Lang.THAI);
        open("orders");
        assertThat(page.getByTestId("orders")).containsText(signed.number());
        screenshot("orders-01-register-th");
        open("orders/" + signed.id());
        assertThat(page.getByTestId("order-status")).containsText("ลงนามแล้ว");
        assertThat(page.locator("h2")).containsText(signed.number());
        screenshot("orders-02-signed-acting-order-th");
        open("orders/new");
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("แต่งตั้งคณะกรรมการ")).click();
        waitForVaadin();
        screenshot("orders-03-new-committee-th");
    }
}
