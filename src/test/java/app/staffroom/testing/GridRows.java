package app.staffroom.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;

/** The rows of the first visible grid, fetched through its data provider as the browser would. */
public final class GridRows {

    private GridRows() {
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> ofFirstGrid() {
        return _find(Grid.class).stream().findFirst().map(found -> of((Grid<T>) found)).orElse(List.of());
    }

    public static <T> List<T> of(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
