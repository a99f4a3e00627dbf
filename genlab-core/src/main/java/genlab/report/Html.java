package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Pieces of a self-contained HTML page: escaped text, tables, and PNG images embedded as data URIs. */
final class Html {

    static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1200px;color:#222}"
            + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:left;font-size:90%}th{background:#f3f3f3}figure{display:inline-block;margin:0 1em 1em 0;"
            + "vertical-align:top}figcaption{font-size:85%;color:#555;max-width:560px}img{image-rendering:pixelated}"
            + ".sub{color:#555;margin-top:-0.5em}td.num{text-align:right;font-variant-numeric:tabular-nums}";

    private Html() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The page around {@code body}: no script, no external URL. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + escape(title) + "</h1>\n" + body
                + "</body></html>\n";
    }

    /** A table with a header row; cells are escaped. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table><tr>");
        header.forEach(h -> t.append("<th>").append(escape(h)).append("</th>"));
        t.append("</tr>\n");
        for (List<String> row : rows) {
            t.append("<tr>");
            row.forEach(c -> t.append("<td>").append(escape(c)).append("</td>"));
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** A captioned PNG embedded in the page. */
    static String figure(byte[] png, String caption, Integer width) {
        return "<figure><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" alt=\""
                + escape(caption) + "\"" + (width == null ? "" : " width=\"" + width + "\"") + "><figcaption>"
                + escape(caption) + "</figcaption></figure>\n";
    }

    /**
     * Four significant digits, no exponent for ordinary magnitudes: 86.12, 0.0001235, 30; "–" for
     * an undefined value (NaN), ∞ and -∞ for infinities.
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * A value with its standard error, the error to 2 significant digits and the value to the same
     * decimal place: -97.99 ± 0.79, 1203 ± 15. A zero or missing error gives {@link #number}.
     */
    static String withError(double value, double standardError) {
        if (!(standardError > 0) || !Double.isFinite(standardError) || !Double.isFinite(value)) {
            return number(value);
        }
        BigDecimal error = new BigDecimal(standardError).round(new MathContext(2));
        int decimals = Math.max(0, error.scale());
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " ± "
                + error.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code value} followed by its unit, when it has one: "102.8 nats per image", "92.1%". */
    static String withUnit(String value, String unit) {
        return unit.isEmpty() ? value : unit.equals("%") ? value + "%" : value + " " + unit;
    }

    /** A markdown table (header row, separator row, rows of {@code | a | b |}) as an HTML table. */
    static String markdownTable(String markdown) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : markdown.lines().map(String::strip).filter(l -> l.startsWith("|")).toList()) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|")) {
                cells.add(cell.strip());
            }
            if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                rows.add(cells);
            }
        }
        return rows.isEmpty() ? "" : table(rows.get(0), rows.subList(1, rows.size()));
    }

    /** A JSON tree as (dotted.key, value) rows, numbers by {@link #number}. */
    static List<List<String>> flatten(JsonNode node) {
        List<List<String>> rows = new ArrayList<>();
        flatten("", node, rows);
        return rows;
    }

    private static void flatten(String prefix, JsonNode node, List<List<String>> rows) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), rows));
        } else {
            rows.add(List.of(prefix, node.isNumber() ? number(node.asDouble()) : node.asText()));
        }
    }
}
