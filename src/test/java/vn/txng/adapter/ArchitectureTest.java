package vn.txng.adapter;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The layout of shared/DESIGN.md held on the compiled main classes (tests may reach anywhere): each
 * rule names the packages one of the design's sentences speaks of, and the last one places every
 * other package, as they depend on each other today. A new crossing fails here, naming the two
 * classes; allowing it is a change to this map, with its reason.
 */
@AnalyzeClasses(packages = "vn.txng.adapter", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String IDENTIFIER = "identifier";
    private static final String MODEL = "model";
    private static final String INGEST = "ingest";
    private static final String EDI = "ingest.edi";
    private static final String XML = "ingest.xml";
    private static final String EPCIS = "ingest.epcis";
    private static final String SHEET = "ingest.sheet";
    private static final String XML_SCHEMA = "ingest.xml.v1 (generated from xsd/)";
    private static final String OUTBOX = "outbox";
    private static final String PORTAL = "portal";
    private static final String SANDBOX = "portal.sandbox";
    private static final String SOURCE = "source";
    private static final String STAGING = "staging";
    private static final String PUSH = "push";
    private static final String OPS = "ops";
    private static final String EPCIS_OUT = "epcis (EPCIS 2.0 out)";
    private static final String CAPTURE = "capture";
    private static final String CONSOLE = "console";
    private static final String APP = "app";
    private static final String COMMAND = "command";

    @ArchTest
    static final ArchRule identifier_and_model_depend_on_nothing_else_of_ours = layers()
            .whereLayer(IDENTIFIER).mayNotAccessAnyLayer()
            .whereLayer(MODEL).mayNotAccessAnyLayer()
            .because("the GS1 rules and the canonical records are what every part shares, usable without Camel,"
                    + " a database or the portal (shared/DESIGN.md, Layout)");

    @ArchTest
    static final ArchRule ingest_outbox_and_portal_never_depend_on_each_other = layers()
            .whereLayer(INGEST).mayOnlyAccessLayers(IDENTIFIER, MODEL, EDI, XML, EPCIS, SHEET)
            .whereLayer(EDI).mayOnlyAccessLayers(IDENTIFIER, MODEL, INGEST)
            .whereLayer(XML).mayOnlyAccessLayers(IDENTIFIER, MODEL, INGEST, XML_SCHEMA)
            .whereLayer(XML_SCHEMA).mayNotAccessAnyLayer()
            .whereLayer(EPCIS).mayOnlyAccessLayers(IDENTIFIER, MODEL, INGEST, XML)
            .whereLayer(SHEET).mayOnlyAccessLayers(IDENTIFIER, MODEL, INGEST, XML)
            .whereLayer(OUTBOX).mayOnlyAccessLayers(IDENTIFIER, MODEL)
            .whereLayer(PORTAL).mayOnlyAccessLayers(IDENTIFIER, MODEL)
            .whereLayer(SANDBOX).mayOnlyAccessLayers(IDENTIFIER, MODEL, PORTAL)
            .because("they depend on identifier/ and model/ only and meet in the beans that join them (staging/, push/)"
                    + " and in the routes, so each is read and tested alone; the sandbox serves the profile of portal/"
                    + " and checks trace codes by identifier/'s GS1 rules (shared/DESIGN.md, Layout)");

    @ArchTest
    static final ArchRule nothing_depends_on_the_wiring_or_the_command_line = layers()
            .whereLayer(APP).mayOnlyBeAccessedByLayers(COMMAND)
            .whereLayer(COMMAND).mayNotBeAccessedByAnyLayer()
            .because("app/ makes every part from the settings and wires it into Camel Main, and command/ (the jar's main"
                    + " class) drives app/: a part that reached back into them would depend on the whole adapter");

    @ArchTest
    static final ArchRule every_other_package_depends_only_on_what_it_joins = layers()
            .whereLayer(SOURCE).mayOnlyAccessLayers(INGEST, SHEET)
            .whereLayer(STAGING).mayOnlyAccessLayers(INGEST, MODEL, OUTBOX)
            .whereLayer(PUSH).mayOnlyAccessLayers(MODEL, OUTBOX, PORTAL, OPS)
            .whereLayer(OPS).mayOnlyAccessLayers(INGEST, MODEL, OUTBOX, PORTAL)
            .whereLayer(EPCIS_OUT).mayOnlyAccessLayers(MODEL, PORTAL)
            .whereLayer(CAPTURE).mayOnlyAccessLayers(MODEL, OUTBOX, PORTAL, EPCIS_OUT, PUSH)
            .whereLayer(CONSOLE).mayOnlyAccessLayers(MODEL, OUTBOX, OPS, SOURCE, INGEST)
            .ensureAllClassesAreContainedInArchitecture()
            .because("source/ reads files for ingest/, staging/ joins ingest/ to outbox/, push/ joins outbox/ to portal/"
                    + " and reports to ops/, and ops/ only reads the others' state; epcis/ writes records as EPCIS events"
                    + " with the profile's stage and document tables and Digital Link form (the way back of ingest/epcis/),"
                    + " never reading the outbox itself; capture/ joins outbox/ to epcis/ for an EPCIS repository (its delivery"
                    + " state, with push/'s backoff); console/ shows what the outbox, the sources, ops/ and ingest/'s file reports hold, and writes only"
                    + " through the outbox's re-queue and a source's poll; a new package is placed here");

    /** Every package of ours as a layer; a rule adds what the layers may access. */
    private static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(IDENTIFIER).definedBy("vn.txng.adapter.identifier..")
                .layer(MODEL).definedBy("vn.txng.adapter.model..")
                .layer(INGEST).definedBy("vn.txng.adapter.ingest")
                .layer(EDI).definedBy("vn.txng.adapter.ingest.edi..")
                .layer(XML).definedBy("vn.txng.adapter.ingest.xml")
                .layer(EPCIS).definedBy("vn.txng.adapter.ingest.epcis..")
                .layer(SHEET).definedBy("vn.txng.adapter.ingest.sheet..")
                .layer(XML_SCHEMA).definedBy("vn.txng.adapter.ingest.xml.v1..")
                .layer(OUTBOX).definedBy("vn.txng.adapter.outbox..")
                .layer(PORTAL).definedBy("vn.txng.adapter.portal")
                .layer(SANDBOX).definedBy("vn.txng.adapter.portal.sandbox..")
                .layer(SOURCE).definedBy("vn.txng.adapter.source..")
                .layer(STAGING).definedBy("vn.txng.adapter.staging..")
                .layer(PUSH).definedBy("vn.txng.adapter.push..")
                .layer(OPS).definedBy("vn.txng.adapter.ops..")
                .layer(EPCIS_OUT).definedBy("vn.txng.adapter.epcis..")
                .layer(CAPTURE).definedBy("vn.txng.adapter.capture..")
                .layer(CONSOLE).definedBy("vn.txng.adapter.console..")
                .layer(APP).definedBy("vn.txng.adapter.app..")
                .layer(COMMAND).definedBy("vn.txng.adapter.command..");
    }
}
