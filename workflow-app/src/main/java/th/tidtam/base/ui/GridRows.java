package th.tidtam.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;

/**
 * Rows that open something (a case, a task) open by mouse and by keyboard alike: a click, or Enter on the row's
 * focused cell (WCAG 2.1.1). A grid's item click listener alone answers only the mouse: a keyboard user can move
 * through the rows but never open one.
 */
public final class GridRows {

    private GridRows() {
    }

    /** Calls {@code open} with the row clicked, or the row whose cell has the focus when Enter is pressed. */
    public static <T> void openOnClickOrEnter(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        openOnEnter(grid, open);
    }

    /** Calls {@code open} with the row whose cell has the focus when Enter is pressed (for grids with their own clicks). */
    public static <T> void openOnEnter(Grid<T> grid, Consumer<T> open) {
        FocusedRow<T> focused = new FocusedRow<>();
        // a header or footer cell has no item: Enter there sorts or does nothing, as before
        grid.addCellFocusListener(e -> focused.item = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }).setFilter("event.key === 'Enter' && !event.repeat");
    }

    private static final class FocusedRow<T> {
        private T item;
    }
}
