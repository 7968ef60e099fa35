package app.staffroom.invite.ui;

import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.Goals;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.NumberInputs;
import app.staffroom.base.ui.Failures;
import app.staffroom.invite.EmailCheck;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.invite.NewTeammateValidation;
import app.staffroom.invite.WizardStep;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.location.ui.LocationsView;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.role.RoleService;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.SeatUsage;
import app.staffroom.team.TeammateOption;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Adding a teammate, by invitation only: role and clinics → contact details → provider settings →
 * booking profile → review with the seat cost and the administrator's password. Each step is checked
 * before the next; going back and forth keeps everything typed.
 */
@Route("teammates/new")
@PageTitle("Add a teammate · Staffroom")
@PermitAll
@RequiresPermission(Permission.TEAM_MANAGE_USERS)
public class NewTeammateWizard extends Main {

    private final InvitationService invitations;
    private final RoleService roles;
    private final LocationService locations;
    private final TeammateService teammates;
    private final CurrentActor currentActor;

    private final Div progress = new Div();
    private final Div page = new Div();
    private final Paragraph problems = new Paragraph();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Map<WizardStep, Div> pages = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private final Select<RoleSummary> role = new Select<>();
    private final CheckboxGroup<LocationSummary> locationAccess = new CheckboxGroup<>("Location access");
    private final Select<LocationSummary> defaultLocation = new Select<>();
    private final Paragraph noLocations = new Paragraph();
    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final EmailField email = new EmailField("Email");
    private final Paragraph emailNote = new Paragraph();
    private final List<TextField> phones = new ArrayList<>();
    private final Checkbox worksAsProvider = new Checkbox("Works as provider");
    private final Checkbox mdConsent = new Checkbox("MD consent required");
    private final Select<TeammateOption> supervisor = new Select<>();
    private final Checkbox smartBooking = new Checkbox("Available for smart booking");
    private final TextField colour = new TextField("Appointment colour");
    private final IntegerField capacity = new IntegerField("Capacity (appointments at a time)");
    private final IntegerField step = new IntegerField("Scheduling step (minutes)");
    private final IntegerField perWeek = new IntegerField("Goal: procedures per week");
    private final IntegerField perMonth = new IntegerField("Goal: procedures per month");
    private final BigDecimalField salesPerMonth = new BigDecimalField("Goal: sales per month");
    private final TextField npi = new TextField("NPI");
    private final TextField displayName = new TextField("Display name");
    private final TextField displayTitle = new TextField("Display title");
    private final TextArea bio = new TextArea("Bio (shown to clients)");
    private final Div review = new Div();
    private final PasswordField adminPassword = new PasswordField("Your password");

    private WizardStep current = WizardStep.ROLE_AND_CLINICS;
    private @Nullable Actor actor;
    private String region = "US";
    private @Nullable EmailCheck emailCheck;
    private String checkedEmail = "";

    public NewTeammateWizard(InvitationService invitations, RoleService roles, LocationService locations,
                             TeammateService teammates, CurrentActor currentActor) {
        this.invitations = invitations;
        this.roles = roles;
        this.locations = locations;
        this.teammates = teammates;
        this.currentActor = currentActor;
        addClassName("wizard-view");
        progress.addClassName("wizard-progress");
        problems.addClassName("form-problem");
        problems.setVisible(false);
        back.addClickListener(click -> go(previous(current)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> advance());
        Div buttons = new Div(back, next);
        buttons.addClassName("wizard-buttons");
        buildPages();
        add(new H1("Add a teammate"), progress, page, problems, buttons);
        go(WizardStep.ROLE_AND_CLINICS);
    }

    private void buildPages() {
        role.setLabel("Role");
        role.setItemLabelGenerator(RoleSummary::name);
        locationAccess.setItemLabelGenerator(LocationSummary::name);
        locationAccess.addValueChangeListener(event -> offerDefaultsAmong(event.getValue()));
        defaultLocation.setLabel("Default location");
        defaultLocation.setItemLabelGenerator(LocationSummary::name);
        noLocations.setVisible(false);
        noLocations.addClassName("form-problem");
        pages.put(WizardStep.ROLE_AND_CLINICS, form(noLocations, role, locationAccess, defaultLocation));
        fields.put("role", role);
        fields.put("locations", locationAccess);
        fields.put("defaultLocation", defaultLocation);

        email.addBlurListener(blur -> checkEmail());
        emailNote.addClassName("field-note");
        FormLayout contact = new FormLayout(firstName, lastName, email);
        for (int i = 0; i < 4; i++) {
            TextField phone = new TextField("Phone " + (i + 1));
            phone.setHelperText(i == 0 ? "Optional; up to four numbers" : null);
            phones.add(phone);
            contact.add(phone);
            fields.put("phone" + i, phone);
        }
        pages.put(WizardStep.CONTACT, new Div(contact, emailNote));
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("email", email);

        supervisor.setLabel("Supervising Medical Director");
        supervisor.setItemLabelGenerator(TeammateOption::name);
        colour.setValue("#0F766E");
        colour.setHelperText("A hex value such as #0F766E");
        capacity.setValue(1);
        capacity.setMin(1);
        capacity.setMax(20);
        step.setValue(15);
        step.setMin(5);
        step.setMax(60);
        NumberInputs.goalCount(perWeek);
        NumberInputs.goalCount(perMonth);
        NumberInputs.salesGoal(salesPerMonth);
        npi.setMaxLength(10);
        npi.setHelperText("Optional; 10 digits");
        worksAsProvider.addValueChangeListener(event -> showProviderFields(event.getValue()));
        mdConsent.addValueChangeListener(event -> supervisor.setEnabled(event.getValue()));
        supervisor.setEnabled(false);
        pages.put(WizardStep.PROVIDER, form(worksAsProvider, mdConsent, supervisor, smartBooking, colour, capacity, step,
                perWeek, perMonth, salesPerMonth, npi));
        showProviderFields(false);
        fields.put("supervisor", supervisor);
        fields.put("colour", colour);
        fields.put("capacity", capacity);
        fields.put("step", step);
        fields.put("npi", npi);
        fields.put("proceduresPerWeek", perWeek);
        fields.put("proceduresPerMonth", perMonth);
        fields.put("salesPerMonth", salesPerMonth);

        displayName.setMaxLength(120);
        displayTitle.setMaxLength(120);
        bio.setMaxLength(1000);
        bio.setHelperText("Plain text, up to 1,000 characters");
        pages.put(WizardStep.BOOKING, form(displayName, displayTitle, bio));
        fields.put("displayName", displayName);
        fields.put("displayTitle", displayTitle);
        fields.put("bio", bio);

        review.addClassName("wizard-review");
        adminPassword.setHelperText("Adding someone to the practice needs your own password.");
        pages.put(WizardStep.REVIEW, new Div(review, adminPassword));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            Async.load(this, Mono.zip(roles.listRoles(signedIn).collectList(), locations.grantableLocations(signedIn).collectList(),
                            invitations.phoneRegion(signedIn), teammates.medicalDirectors(signedIn).collectList()),
                    loaded -> {
                        role.setItems(loaded.getT1().stream().filter(RoleSummary::assignable).toList());
                        locationAccess.setItems(loaded.getT2());
                        region = loaded.getT3();
                        supervisor.setItems(loaded.getT4());
                        if (loaded.getT2().isEmpty()) {
                            noLocations.setText("This practice has no location yet, and everyone is given access to at "
                                    + "least one. ");
                            noLocations.add(new RouterLink("Add a location", LocationsView.class));
                            noLocations.setVisible(true);
                            next.setEnabled(false);
                        } else if (loaded.getT2().size() == 1) {
                            locationAccess.setValue(Set.copyOf(loaded.getT2()));
                        }
                    });
        });
    }

    NewTeammate draft() {
        return new NewTeammate(
                role.getValue() == null ? null : role.getValue().id(),
                locationAccess.getValue().stream().map(LocationSummary::id).collect(Collectors.toSet()),
                defaultLocation.getValue() == null ? null : defaultLocation.getValue().id(),
                firstName.getValue(), lastName.getValue(), email.getValue(),
                phones.stream().map(TextField::getValue).filter(value -> !value.isBlank()).toList(),
                new NewTeammate.Provider(worksAsProvider.getValue(), mdConsent.getValue(),
                        supervisor.getValue() == null ? null : supervisor.getValue().id(), smartBooking.getValue(),
                        colour.getValue().strip(), Objects.requireNonNullElse(capacity.getValue(), 0),
                        Objects.requireNonNullElse(step.getValue(), 0), perWeek.getValue(), perMonth.getValue(),
                        salesPerMonth.getValue(), npi.getValue()),
                new NewTeammate.Booking(displayName.getValue(), displayTitle.getValue(), bio.getValue()));
    }

    private void advance() {
        if (current == WizardStep.REVIEW) {
            send();
            return;
        }
        if (current == WizardStep.PROVIDER && NumberInputs.anyUnreadable(Map.<AbstractSinglePropertyField<?, ?>, String>of(capacity,
                "Capacity is between 1 and 20 appointments at a time.", step, "The scheduling step is between 5 and 60 minutes.",
                perWeek, Goals.COUNT_RULE, perMonth, Goals.COUNT_RULE, salesPerMonth, Goals.SALES_RULE))) {
            return;
        }
        Map<String, String> found = NewTeammateValidation.problems(current, draft(), region);
        if (current == WizardStep.CONTACT && found.isEmpty() && emailCheck != null
                && emailCheck.kind() == EmailCheck.Kind.ALREADY_TEAMMATE) {
            found.put("email", emailCheck.explanation());
        }
        if (!showProblems(found)) {
            return;
        }
        if (current == WizardStep.CONTACT && (emailCheck == null || !email.getValue().strip().equalsIgnoreCase(checkedEmail))) {
            checkEmail(this::advance);
            return;
        }
        go(nextStep(current));
    }

    private void checkEmail() {
        checkEmail(() -> { });
    }

    private void checkEmail(Runnable then) {
        String typed = email.getValue().strip();
        if (typed.isEmpty() || actor == null) {
            return;
        }
        Async.load(this, invitations.checkEmail(actor, typed), check -> {
            emailCheck = check;
            checkedEmail = typed;
            emailNote.setText(check.explanation());
            if (check.kind() == EmailCheck.Kind.ALREADY_TEAMMATE && check.status() == TeammateStatus.INACTIVE) {
                emailNote.add(new Button("Reactivate instead", click -> reactivate(check)));
            }
            then.run();
        });
    }

    private void reactivate(EmailCheck check) {
        Async.load(this, teammates.reactivate(Objects.requireNonNull(actor), Objects.requireNonNull(check.teammateId()),
                check.version()), reactivated -> {
                    Notification.show(reactivated.fullName() + " is " + reactivated.status().label().toLowerCase() + " again.",
                            4000, Notification.Position.BOTTOM_START);
                    UI.getCurrent().navigate("");
                });
    }

    private boolean showProblems(Map<String, String> found) {
        fields.values().forEach(field -> field.setInvalid(false));
        found.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        problems.setText(String.join(" ", found.values()));
        problems.setVisible(!found.isEmpty());
        return found.isEmpty();
    }

    private void go(WizardStep target) {
        current = target;
        page.removeAll();
        page.add(new H2(target.title()), pages.get(target));
        progress.removeAll();
        for (WizardStep each : WizardStep.values()) {
            Span marker = new Span((each.ordinal() + 1) + ". " + each.title());
            marker.addClassName(each == target ? "wizard-step-current" : "wizard-step");
            progress.add(marker);
        }
        back.setEnabled(target != WizardStep.ROLE_AND_CLINICS);
        next.setText(target == WizardStep.REVIEW ? "Send invitation" : "Next");
        problems.setVisible(false);
        if (target == WizardStep.REVIEW) {
            showReview();
        }
    }

    private void showReview() {
        NewTeammate draft = draft();
        review.removeAll();
        fact("Name", draft.firstName().strip() + " " + draft.lastName().strip());
        fact("Email", draft.email().strip() + (emailCheck != null && emailCheck.kind() == EmailCheck.Kind.EXISTING_ACCOUNT
                ? " (joins with their existing login)" : ""));
        fact("Role", role.getValue() == null ? "—" : role.getValue().name());
        fact("Locations", locationAccess.getValue().stream().map(LocationSummary::name).sorted().collect(Collectors.joining(", "))
                + (defaultLocation.getValue() == null ? "" : " (default: " + defaultLocation.getValue().name() + ")"));
        fact("Phones", draft.phones().isEmpty() ? "—" : String.join(", ", PhoneNumbers.allForDisplay(draft.phones(), region)));
        fact("Works as provider", draft.provider().worksAsProvider() ? "Yes" : "No");
        Paragraph cost = new Paragraph("Working out the seat cost…");
        cost.addClassName("wizard-cost");
        review.add(cost);
        Async.load(this, teammates.seats(Objects.requireNonNull(actor)), usage -> {
            boolean counts = usage.plan() == SeatUsage.SeatPlan.PER_ACTIVE_USER || draft.provider().worksAsProvider();
            SeatUsage after = new SeatUsage(usage.plan(), usage.seatsInUse() + (counts ? 1 : 0), usage.monthlyPrice(),
                    usage.yearlyPrice());
            cost.setText(counts
                    ? "Once they accept: " + after.seatsInUse() + " seats, " + after.monthlyCost().setScale(2)
                            + " a month or " + after.yearlyCost().setScale(2) + " a year (" + usage.plan().label() + ")."
                    : "No extra cost: under the plan \"" + usage.plan().label() + "\" admin staff are free.");
        });
    }

    private void send() {
        if (adminPassword.getValue().isEmpty()) {
            adminPassword.setErrorMessage("Enter your password.");
            adminPassword.setInvalid(true);
            return;
        }
        next.setEnabled(false);
        NewTeammate draft = draft();
        Async.load(this, invitations.invite(Objects.requireNonNull(actor), draft, adminPassword.getValue()), created -> {
            Notification.show("Invitation sent to " + draft.email().strip() + ".", 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(PendingInvitesView.class);
        }, failure -> {
            next.setEnabled(true);
            adminPassword.clear();
            problems.setText(Failures.message(failure));
            problems.setVisible(true);
        });
    }

    private void showProviderFields(boolean provider) {
        for (var field : List.of(mdConsent, smartBooking)) {
            field.setVisible(provider);
        }
        for (var field : List.of(colour, npi)) {
            field.setVisible(provider);
        }
        for (var field : List.of(capacity, step, perWeek, perMonth)) {
            field.setVisible(provider);
        }
        supervisor.setVisible(provider);
        salesPerMonth.setVisible(provider);
    }

    private void offerDefaultsAmong(Set<LocationSummary> granted) {
        LocationSummary chosen = defaultLocation.getValue();
        List<LocationSummary> choices = granted.stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        defaultLocation.setItems(choices);
        if (chosen != null && granted.contains(chosen)) {
            defaultLocation.setValue(chosen);
        } else if (!choices.isEmpty()) {
            defaultLocation.setValue(choices.getFirst());
        }
    }

    private void fact(String label, String value) {
        Div row = new Div(new Span(label), new Span(value));
        row.addClassName("drawer-fact");
        review.add(row);
    }

    private static Div form(Component... components) {
        FormLayout layout = new FormLayout(components);
        return new Div(layout);
    }

    private static WizardStep nextStep(WizardStep step) {
        return WizardStep.values()[Math.min(step.ordinal() + 1, WizardStep.values().length - 1)];
    }

    private static WizardStep previous(WizardStep step) {
        return WizardStep.values()[Math.max(step.ordinal() - 1, 0)];
    }
}
