package app.staffroom.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link NotFoundView}'s page for a navigation inside the application to a screen that does not exist or that the
 * person's role does not include (Vaadin denies the latter as not found), answered with HTTP 404.
 */
@ParentLayout(MainLayout.class)
@PageTitle("titles.notFound")
@PermitAll
public class NoScreenError extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
