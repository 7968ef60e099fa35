package app.staffroom.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.tabs.Tab;

/** The labels of the visible tabs, for waiting on live counts: empty while the tabs are not there yet. */
public final class TabLabels {

    private TabLabels() {
    }

    public static String at(int index) {
        var tabs = _find(Tab.class);
        return tabs.size() > index ? tabs.get(index).getLabel() : "";
    }

    public static String first() {
        return at(0);
    }
}
