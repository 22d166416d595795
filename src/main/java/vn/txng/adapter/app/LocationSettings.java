package vn.txng.adapter.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.txng.adapter.ingest.ConfiguredLocations;
import vn.txng.adapter.model.LocationRecord;
import vn.txng.adapter.model.Rejection;

/**
 * The organisation's own places as set ({@code txng.locations.<name>.<field>} in a file or as {@code -D},
 * {@code TXNG_LOCATIONS_<NAME>_<FIELD>} in the environment), each checked when the adapter starts by the portal's
 * location rules (profile txng-v5, ToChuc_DiaDiem): a value the portal would refuse stops the start naming its
 * setting, instead of failing every file that names the site. A field left out is allowed: files may give it.
 */
final class LocationSettings {

    static final String PREFIX = "txng.locations.";
    /** A location's settings by their last part, with the field the location checks name in their problems. */
    private static final Map<String, String> FIELDS = fields();
    private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "(.+)\\.(" + String.join("|", FIELDS.keySet()) + ")");
    private static final Pattern VARIABLE = Pattern.compile(Settings.environmentName(PREFIX) + "(.+)_("
            + FIELDS.keySet().stream().map(Settings::environmentName).collect(Collectors.joining("|")) + ")");

    private LocationSettings() {
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("gln", "Gln");
        fields.put("extension", "Extension");
        fields.put("name", "Name");
        fields.put("address", "Address");
        fields.put("kind", "Kind");
        fields.put("tax-code", "TaxCode");
        fields.put("latitude", "Latitude");
        fields.put("longitude", "Longitude");
        return fields;
    }

    /**
     * Every configured location, its GLN in normal form, in the order of their names.
     *
     * @throws IllegalArgumentException naming the setting: a location without a GLN, a setting under
     *                                  {@code txng.locations.} that names no field, a value the portal would refuse
     */
    static ConfiguredLocations read(Settings settings) {
        List<LocationRecord> locations = new ArrayList<>();
        for (String name : names(settings)) {
            locations.add(location(settings, PREFIX + name + "."));
        }
        return new ConfiguredLocations(locations);
    }

    /** The {@code <name>} of every location some setting names, its environment form only when no key gives it too. */
    private static Set<String> names(Settings settings) {
        Set<String> names = new TreeSet<>();
        for (String key : settings.keysUnder(PREFIX)) {
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                throw new IllegalArgumentException(key + " names no setting of a configured location; use "
                        + PREFIX + "<name>." + String.join("|", FIELDS.keySet()));
            }
            names.add(m.group(1));
        }
        Set<String> fromKeys = names.stream().map(Settings::environmentName).collect(Collectors.toSet());
        for (String variable : settings.variablesUnder(PREFIX)) {
            Matcher m = VARIABLE.matcher(variable);
            if (!m.matches()) {
                throw new IllegalArgumentException(variable + " names no setting of a configured location; use "
                        + Settings.environmentName(PREFIX) + "<NAME>_" + String.join("|", FIELDS.keySet().stream().map(Settings::environmentName).toList()));
            }
            // TXNG_LOCATIONS_LONG_AN_GLN: Camel finds txng.locations.long_an.gln under that variable again
            if (!fromKeys.contains(Settings.environmentName(m.group(1)))) {
                names.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        names.removeIf(name -> FIELDS.keySet().stream().noneMatch(field -> settings.isSet(PREFIX + name + "." + field)));
        return names;
    }

    private static LocationRecord location(Settings settings, String prefix) {
        if (!settings.isSet(prefix + "gln")) {
            String given = FIELDS.keySet().stream().filter(field -> settings.isSet(prefix + field)).findFirst().orElseThrow();
            throw new IllegalArgumentException(named(prefix + "gln") + " is not set, but " + named(prefix + given)
                    + " is: a configured location needs its GLN (13 digits with its GS1 check digit)");
        }
        LocationRecord location = new LocationRecord(settings.get(prefix + "gln"), orNull(settings, prefix + "extension"),
                orNull(settings, prefix + "name"), orNull(settings, prefix + "address"), orNull(settings, prefix + "kind"),
                orNull(settings, prefix + "tax-code"), degrees(settings, prefix + "latitude"), degrees(settings, prefix + "longitude"));
        List<Rejection> problems = new ArrayList<>(0);
        LocationRecord normal = ConfiguredLocations.check(location, IngestChecks.profileCodes(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(problem -> named(prefix + setting(problem.field())) + ": "
                    + problem.message()).collect(Collectors.joining("; ")));
        }
        return normal;
    }

    /** The setting's last part for a field of the location checks ({@code TaxCode} -> {@code tax-code}). */
    private static String setting(String field) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** {@code txng.locations.long-an.kind (TXNG_LOCATIONS_LONG_AN_KIND)}: the key and the variable, whichever was used. */
    private static String named(String key) {
        return key + " (" + Settings.environmentName(key) + ")";
    }

    private static String orNull(Settings settings, String key) {
        return settings.isSet(key) ? settings.get(key) : null;
    }

    private static BigDecimal degrees(Settings settings, String key) {
        if (!settings.isSet(key)) {
            return null;
        }
        try {
            return new BigDecimal(settings.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(named(key) + " must be a number of degrees (WGS 84), not '" + settings.get(key) + "'", e);
        }
    }
}
