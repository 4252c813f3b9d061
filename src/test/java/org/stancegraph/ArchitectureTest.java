package org.stancegraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancegraph.graph.AtomicFile;
import org.stancegraph.graph.RdfFormat;
import org.stancegraph.graph.RdfWriter;
import org.stancegraph.graph.Store;
import org.stancegraph.graph.StoreInUseException;

/**
 * The layering of the packages: imports point one way ({@code cli → serve/export/evaluate →
 * pipeline → query → graph → extract → nlp/ingest → model}), the pipeline is the only door from
 * the commands to the conversion stages, heavy libraries stay fenced, and no package cycles.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stancegraph");
    }

    @Test
    void noPackageDependsOnAnotherInACycle() {
        slices().matching("org.stancegraph.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void graphQueryExportServeAndEvaluateKnowNothingOfExtraction() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.stancegraph.graph..",
                        "org.stancegraph.query..",
                        "org.stancegraph.export..",
                        "org.stancegraph.serve..",
                        "org.stancegraph.evaluate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.stancegraph.extract..", "org.stancegraph.nlp..", "org.stancegraph.ingest..")
                .check(product);
    }

    @Test
    void theCommandsReachTheConversionStagesOnlyThroughThePipeline() {
        noClasses()
                .that()
                .resideInAPackage("org.stancegraph.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.stancegraph.extract..",
                        "org.stancegraph.nlp..",
                        "org.stancegraph.ingest..",
                        "org.stancegraph.bundle..")
                .check(product);
        DescribedPredicate<JavaClass> graphInternals = resideInAPackage("org.stancegraph.graph..")
                .and(not(belongToAnyOf(
                        Store.class, StoreInUseException.class, RdfFormat.class, RdfWriter.class, AtomicFile.class)));
        noClasses()
                .that()
                .resideInAPackage("org.stancegraph.cli..")
                .should()
                .dependOnClassesThat(graphInternals)
                .because("of the graph package the commands use only the store and the writing of files")
                .check(product);
    }

    @Test
    void onlyThePipelineComposesTheStages() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.stancegraph.pipeline..", "org.stancegraph.nlp..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.stancegraph.nlp.OpenNlpTextAnalyzer")
                .check(product);
    }

    @Test
    void heavyLibrariesStayFenced() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.stancegraph.nlp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("opennlp..")
                .check(product);
        // The command lines: the CLI's, and the Spark job's own (it cannot live in cli: the CLI's
        // jars do not carry Spark).
        noClasses()
                .that()
                .resideOutsideOfPackages("org.stancegraph.cli..", "org.stancegraph.spark..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(product);
        // Spark is provided only where a Spark run brings it.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.stancegraph.spark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "scala..")
                .check(product);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.rdf4j..")
                .check(product);
        classes()
                .that()
                .resideInAPackage("org.stancegraph.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.stancegraph.model..")
                .check(product);
    }
}
