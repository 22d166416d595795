package vn.txng.adapter.ingest;

import java.util.List;

/**
 * The portal profile's code lists that a location or an event is checked against (PORTAL-API.md section 5):
 * {@code loaiDiaDiem} location kinds, {@code congDoan} stages, {@code chungTu[].loai} document types, and the two
 * stages with fields of their own: shipping (the only one with a destination, which it requires) and processing
 * (the only one with inputs). The profile owns them; ingest is handed them ({@link #NONE}: no code is known, so
 * every location kind and stage is refused).
 */
public record ProfileCodes(List<String> locationKinds, List<String> stages, List<String> documentTypes,
                           String shippingStage, String processingStage) {

    public static final ProfileCodes NONE = new ProfileCodes(List.of(), List.of(), List.of(), null, null);

    public ProfileCodes {
        locationKinds = List.copyOf(locationKinds);
        stages = List.copyOf(stages);
        documentTypes = List.copyOf(documentTypes);
    }
}
