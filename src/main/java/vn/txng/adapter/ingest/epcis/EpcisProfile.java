package vn.txng.adapter.ingest.epcis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which portal stage ({@code congDoan}) an EPCIS event takes: by its {@code bizStep}'s short name ({@code shipping},
 * {@code fishingEvent}: what is left of a CBV 2.0 URN, Web URI or CURIE, or a GDST URN, once its prefix is gone), a
 * step mapped to {@link #BY_LOCATION_KIND} takes the stage of its place's location kind ({@code byLocationKind}, else
 * {@code arrivalDefault}), and every {@code TransformationEvent} takes {@code transformationStage}. The profile holds
 * the default table; an integrator changes it by settings ({@code txng.epcis.stage.<short name>}). A business
 * transaction's type ({@code po}, {@code desadv}, {@code inv}: short names, CBV URNs or Web URIs) gives its document
 * type ({@code chungTu[].loai}) by {@code documentTypes}, else {@code otherDocumentType}.
 */
public record EpcisProfile(Map<String, String> byBizStep, Map<String, String> byLocationKind, String arrivalDefault,
                           String transformationStage, Map<String, String> documentTypes, String otherDocumentType) {

    /** The stage value of a step whose stage is that of its place's location kind (receiving, storing ...). */
    public static final String BY_LOCATION_KIND = "BY_LOCATION_KIND"; // the profile's EPCIS_BY_LOCATION_KIND
    private static final List<String> PREFIXES = List.of("urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-",
            "https://gs1.org/voc/BizStep-", "https://ref.gs1.org/voc/BizStep-", "cbv:BizStep-", "gs1:BizStep-", "urn:gdst:bizStep:");

    public EpcisProfile {
        byBizStep = Map.copyOf(byBizStep);
        byLocationKind = Map.copyOf(byLocationKind);
        documentTypes = Map.copyOf(documentTypes);
    }

    /** The document type of a business transaction type ({@code urn:epcglobal:cbv:btt:po} -> {@code DON_HANG}). */
    public String documentType(String transactionType) {
        if (transactionType == null) {
            return otherDocumentType;
        }
        String text = transactionType.strip();
        for (String prefix : List.of("urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-", "https://gs1.org/voc/BTT-", "cbv:BTT-")) {
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
                break;
            }
        }
        return documentTypes.getOrDefault(text, otherDocumentType);
    }

    /** The short name of a bizStep value: {@code urn:epcglobal:cbv:bizstep:shipping} -> {@code shipping}. */
    public static String shortName(String bizStep) {
        String text = bizStep.strip();
        for (String prefix : PREFIXES) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    /** The stage of a bizStep (the table's value, possibly {@link #BY_LOCATION_KIND}), or empty when it has none. */
    public Optional<String> stage(String bizStep) {
        return bizStep == null ? Optional.empty() : Optional.ofNullable(byBizStep.get(shortName(bizStep)));
    }

    /** The stage of an arrival at a place of {@code locationKind} (empty: unknown kind), and whether it fell back to the default. */
    public String arrivalStage(Optional<String> locationKind) {
        return locationKind.map(byLocationKind::get).orElse(arrivalDefault);
    }
}
