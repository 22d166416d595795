package vn.txng.adapter.model;

/**
 * Why a record (or a whole file) was not accepted: a stable code, where, which field, and a
 * sentence a person can act on. The same code appears in the report, the log and the portal
 * error map. A rejection naming a field of a record read from a sheet or CSV file names that field's cell.
 */
public record Rejection(String code, SourcePosition position, String field, String message) {

    public Rejection {
        position = position == null ? null : position.at(field);
    }

    @Override
    public String toString() {
        return position + (field == null ? "" : " " + field) + ": " + code + ": " + message;
    }
}
