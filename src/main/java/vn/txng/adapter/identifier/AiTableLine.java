package vn.txng.adapter.identifier;

import java.util.ArrayList;
import java.util.List;

/** Reads one line of the AI table: {@code AI[-AI] [flags] components [attributes] # title}. */
final class AiTableLine {
    private AiTableLine() {
    }

    static List<ApplicationIdentifier> parse(String line) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).trim();
        String[] tokens = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
        int t = 1;
        String flags = "";
        if (t < tokens.length && tokens[t].matches("[*?]+")) {
            flags = tokens[t++];
        }
        List<Component> components = new ArrayList<>();
        List<List<List<AiPattern>>> requires = new ArrayList<>();
        List<AiPattern> excludes = new ArrayList<>();
        List<List<String>> qualifierPaths = new ArrayList<>();
        boolean key = false;
        for (; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.startsWith("req=")) {
                requires.add(alternatives(token.substring(4)));
            } else if (token.startsWith("ex=")) {
                excludes.addAll(patterns(token.substring(3), ","));
            } else if (token.equals("dlpkey") || token.startsWith("dlpkey=")) {
                key = true;
                qualifierPaths.addAll(qualifierPaths(token));
            } else {
                components.add(Component.parse(token));
            }
        }
        List<ApplicationIdentifier> ais = new ArrayList<>();
        String[] range = tokens[0].split("-");
        int first = Integer.parseInt(range[0]);
        int last = range.length > 1 ? Integer.parseInt(range[1]) : first;
        for (int n = first; n <= last; n++) {
            String code = String.format("%0" + range[0].length() + "d", n);
            ais.add(ApplicationIdentifier.of(code, title, flags.contains("*"), flags.contains("?"),
                    List.copyOf(components), List.copyOf(requires), List.copyOf(excludes), key, List.copyOf(qualifierPaths)));
        }
        return ais;
    }

    private static List<List<AiPattern>> alternatives(String spec) {
        List<List<AiPattern>> alternatives = new ArrayList<>();
        for (String alternative : spec.split(",")) {
            alternatives.add(patterns(alternative, "\\+"));
        }
        return List.copyOf(alternatives);
    }

    private static List<AiPattern> patterns(String spec, String separator) {
        List<AiPattern> patterns = new ArrayList<>();
        for (String pattern : spec.split(separator)) {
            patterns.add(AiPattern.parse(pattern));
        }
        return List.copyOf(patterns);
    }

    private static List<List<String>> qualifierPaths(String token) {
        if (!token.contains("=")) {
            return List.of(List.of());
        }
        List<List<String>> paths = new ArrayList<>();
        for (String path : token.substring(7).split("\\|")) {
            paths.add(List.of(path.split(",")));
        }
        return paths;
    }
}
