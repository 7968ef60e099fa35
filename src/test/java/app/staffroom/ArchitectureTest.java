package app.staffroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveNotifier;
import app.staffroom.presence.Presence;
import app.staffroom.profile.ProfileService;
import java.util.UUID;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import app.staffroom.base.CsvExport;
import app.staffroom.base.CsvImport;
import app.staffroom.base.ui.CappedUpload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Receiver;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.reactivestreams.Publisher;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "app.staffroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Set<String> BLOCKING = Set.of("block", "blockFirst", "blockLast", "blockOptional", "toIterable", "toStream");

    @ArchTest
    static final ArchRule views_and_components_live_in_a_features_ui_package = classes()
            .that().areAssignableTo(Component.class)
            .and().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().resideInAPackage("app.staffroom.*.ui..");

    @ArchTest
    static final ArchRule ui_packages_belong_to_a_feature = classes()
            .that().resideInAPackage("..ui..")
            .should().resideInAPackage("app.staffroom.*.ui..");

    @ArchTest
    static final ArchRule ui_code_never_blocks_on_a_publisher = noClasses()
            .that().resideInAPackage("..ui..")
            .should().callMethodWhere(DescribedPredicate.describe("a blocking call on a Reactor publisher",
                    (JavaAccess<?> call) -> BLOCKING.contains(call.getName())
                            && call.getTargetOwner().isAssignableTo(Publisher.class)));

    @ArchTest
    static final ArchRule ui_code_talks_to_services_not_to_the_database = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(DatabaseClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Table.class);

    @ArchTest
    static final ArchRule repositories_and_rows_are_package_private = classes()
            .that().areAssignableTo(Repository.class).or().areAnnotatedWith(Table.class)
            .should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule repositories_are_used_only_by_services_of_their_own_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should(new ArchCondition<JavaClass>("be used only by services and components of their own package") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    repository.getDirectDependenciesToSelf().forEach(dependency -> {
                        JavaClass user = dependency.getOriginClass();
                        boolean samePackage = user.getPackageName().equals(repository.getPackageName());
                        boolean isUi = user.getPackageName().contains(".ui");
                        if (!samePackage || isUi) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    @ArchTest
    static final ArchRule services_are_public_entry_points_of_their_feature = classes()
            .that().areAnnotatedWith(Service.class)
            .should().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule every_csv_file_is_written_by_the_one_writer_that_neutralises_formulas = noClasses()
            .that().doNotHaveFullyQualifiedName(CsvExport.class.getName())
            .should().dependOnClassesThat().areAssignableTo(CSVPrinter.class)
            .because("CsvExport writes the byte-order mark and neutralises cells a spreadsheet would run as formulas");

    @ArchTest
    static final ArchRule every_uploaded_csv_file_is_read_by_the_one_reader_that_checks_each_row = noClasses()
            .that().doNotHaveFullyQualifiedName(CsvImport.class.getName())
            .should().dependOnClassesThat().areAssignableTo(CSVParser.class)
            .because("CsvImport decides the encoding, refuses bad headers and reports bad rows one by one");

    @ArchTest
    static final ArchRule every_upload_is_capped_on_the_server = noClasses()
            .that().doNotHaveFullyQualifiedName(CappedUpload.class.getName())
            .should().implement(UploadHandler.class)
            .orShould().callMethodWhere(DescribedPredicate.describe("a Vaadin upload handler factory",
                    (JavaAccess<?> call) -> call.getTargetOwner().isAssignableTo(UploadHandler.class)
                            && Set.of("inMemory", "toFile", "toTempFile").contains(call.getName())))
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component.upload.receivers..")
            .orShould().dependOnClassesThat().areAssignableTo(Receiver.class)
            .because("CappedUpload reads at most its limit plus one byte, whatever the browser was told");

    @ArchTest
    static final ArchRule audited_changes_are_announced_by_the_call_that_records_them = noClasses()
            .that().doNotHaveFullyQualifiedName(AuditTrail.class.getName())
            .and().doNotHaveFullyQualifiedName(Presence.class.getName())
            .and().doNotHaveFullyQualifiedName(ProfileService.class.getName())
            .and().resideOutsideOfPackage("app.staffroom.live..")
            .should().callMethod(LiveNotifier.class, "changed", UUID.class, LiveEvent.Kind.class, UUID.class)
            .because("AuditTrail.record records a change and announces it in one call; presence is announced but not"
                    + " audited, and a profile change is also announced to the person's other practices");

    /**
     * A text is read in the language of the person it is shown to, when it is shown: one read while a class loads
     * (an enumeration's constant, a static field) would keep the language of whoever happened to be first.
     */
    @ArchTest
    static final ArchRule texts_are_not_read_when_a_class_loads = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("a text from the message bundles while the class loads",
                    (JavaAccess<?> call) -> call.getOrigin().getName().equals("<clinit>")
                            && call.getTargetOwner().isEquivalentTo(app.staffroom.base.Messages.class)
                            && Set.of("text", "label").contains(call.getName())));

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices()
            .matching("app.staffroom.(*)..")
            .should().beFreeOfCycles();
}
