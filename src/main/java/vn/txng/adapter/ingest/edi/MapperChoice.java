package vn.txng.adapter.ingest.edi;

/** The mapper for a message, or the code, field and reason it is not read. */
record MapperChoice(MessageMapper mapper, String code, String field, String reason) {

    static MapperChoice of(MessageMapper mapper) {
        return new MapperChoice(mapper, null, null, null);
    }

    static MapperChoice refused(String code, String field, String reason) {
        return new MapperChoice(null, code, field, reason);
    }
}
