package vn.txng.adapter.model;

/** The party that made a product. {@code gln} is optional. */
public record Manufacturer(String name, String address, String taxCode, String gln) {
}
