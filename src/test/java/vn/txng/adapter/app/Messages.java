package vn.txng.adapter.app;

/** Inbound XML messages for tests, built from fragments. */
final class Messages {

    static final String GTIN_A = "8934563123451";
    static final String GTIN_B = "8934563123468";

    private Messages() {
    }

    static String message(String... records) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <TraceabilityMessage xmlns="urn:txng:erp:v1">
                  <Header><MessageId>T-1</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>
                """);
        for (String record : records) {
            xml.append(record);
        }
        return xml.append("</TraceabilityMessage>\n").toString();
    }

    static String product(String gtin, String name) {
        return """
                  <Product>
                    <Gtin>%s</Gtin>
                    <Name>%s</Name>
                    <ImageUrl>https://cdn.example.vn/sp/%s.jpg</ImageUrl>
                    <SalesUnit>Chai</SalesUnit>
                    <NetContent unit="MLT">500</NetContent>
                    <CountryOfOrigin>VN</CountryOfOrigin>
                    <Manufacturer><Name>Công ty Hương Biển</Name><Address>Phú Quốc</Address><TaxCode>0301234567</TaxCode></Manufacturer>
                  </Product>
                """.formatted(gtin, name, gtin);
    }

    /** A product, then {@code lots} lots of it numbered L1, L2, ... (lot i holds i units): records for {@link #message}. */
    static String[] productAndLots(String gtin, String name, int lots) {
        String[] records = new String[lots + 1];
        records[0] = product(gtin, name);
        for (int i = 1; i <= lots; i++) {
            records[i] = lot(gtin, "L" + i, i);
        }
        return records;
    }

    static String lot(String gtin, String lotNumber, int quantity) {
        return """
                  <Lot>
                    <Gtin>%s</Gtin>
                    <LotNumber>%s</LotNumber>
                    <ProductionDate>2026-09-15</ProductionDate>
                    <ExpiryDate>2028-09-15</ExpiryDate>
                    <Quantity unit="Chai">%d</Quantity>
                  </Lot>
                """.formatted(gtin, lotNumber, quantity);
    }
}
