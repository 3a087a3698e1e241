package th.tidtam.work.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel a feature shows above the list of "My work" (e.g. unread alerts), as a bean; panels appear in the beans'
 * order.
 */
public interface MyWorkPanel {

    /** A new panel for one screen. */
    Component create();
}
