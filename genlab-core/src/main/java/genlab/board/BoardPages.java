package genlab.board;

import genlab.report.Words;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The board's HTML: the index of runs, a run's live page, and the page overlaying several runs.
 * The live pages draw their charts as SVG from the JSON of server-sent events, with no library.
 */
final class BoardPages {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1300px;color:#222}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:90%}"
            + "th{background:#f3f3f3}.sub{color:#555}svg{margin:0 1em 1em 0;background:#fafafa;border:1px solid #ddd}"
            + "img{image-rendering:pixelated;max-width:420px;border:1px solid #ddd}";

    /** Draws every chart of a state into #charts; {@code overlay} names the runs instead of training/test. */
    private static final String CHARTS = """
            const colors = ['#1f5fbf', '#e08a00', '#2a9d4b', '#c0392b', '#7d3cb5', '#555'];
            function fmt(v) { return Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2)
                : String(Number(v.toPrecision(4))); }
            function chart(title, axis, lines) {
              const W = 520, H = 300, L = 70, R = 10, T = 28, B = 62;
              const pts = lines.flatMap(l => l.x.map((x, i) => [x, l.y[i]])).filter(p => p[1] !== null);
              if (pts.length === 0) { return ''; }
              const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
              let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
              if (x1 === x0) { x1 = x0 + 1; }
              if (y1 === y0) { y0 -= 0.5; y1 += 0.5; }
              const px = x => L + (x - x0) / (x1 - x0) * (W - L - R), py = y => T + (y1 - y) / (y1 - y0) * (H - T - B);
              let s = `<svg width="${W}" height="${H}" role="img"><title>${title}</title>`
                + `<text x="${W / 2}" y="18" text-anchor="middle" font-weight="bold">${title}</text>`;
              // ticks at round values: 1, 2 or 5 times a power of ten apart, about four of them
              const raw = (y1 - y0) / 4, p10 = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p10;
              const dy = (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * p10;
              for (let y = Math.ceil(y0 / dy) * dy; y <= y1 + dy * 1e-9; y += dy) {
                s += `<line x1="${L}" x2="${W - R}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`
                  + `<text x="${L - 4}" y="${py(y) + 4}" text-anchor="end" font-size="11">${fmt(y)}</text>`;
              }
              const step = Math.max(1, Math.ceil((x1 - x0) / 8));
              for (let x = Math.ceil(x0); x <= x1; x += step) {
                s += `<text x="${px(x)}" y="${H - B + 16}" text-anchor="middle" font-size="11">${x}</text>`;
              }
              s += `<text x="${(L + W - R) / 2}" y="${H - B + 32}" text-anchor="middle" font-size="12">epoch</text>`
                + `<text x="14" y="${(T + H - B) / 2}" font-size="12" text-anchor="middle" `
                + `transform="rotate(-90 14 ${(T + H - B) / 2})">${axis}</text>`;
              lines.forEach((l, i) => {
                let d = '';
                l.x.forEach((x, j) => { if (l.y[j] !== null) { d += (d ? 'L' : 'M') + px(x) + ',' + py(l.y[j]); } });
                s += `<path d="${d}" fill="none" stroke="${colors[i % colors.length]}" stroke-width="2"/>`;
                const lx = L + 8 + (i % 3) * 150, ly = H - 12 - Math.floor(i / 3) * 14;
                s += `<g class="legend"><line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" `
                  + `stroke="${colors[i % colors.length]}" stroke-width="3"/><text x="${lx + 22}" y="${ly}" `
                  + `font-size="11">${l.name}</text></g>`;
              });
              return s + '</svg>';
            }
            """;

    private BoardPages() {}

    /**
     * The index: every run with its status, epochs, a few last numbers and when it last moved; the
     * rows follow the runs through {@code /events}, and the times count on in the page.
     */
    static String index(String folder, List<RunEntry> runs, Instant now) {
        String script = """
                function ago(ms) {
                  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
                  return s < 90 ? s + ' s ago' : s < 5400 ? Math.floor(s / 60) + ' min ago'
                      : s < 172800 ? Math.floor(s / 3600) + ' h ago' : Math.floor(s / 86400) + ' days ago';
                }
                function times() {
                  document.querySelectorAll('td.moved').forEach(td => td.textContent = ago(Number(td.dataset.moved)));
                }
                new EventSource('/events').addEventListener('runs', e => {
                  const checked = new Set([...document.querySelectorAll('input[name=run]:checked')].map(i => i.value));
                  const body = document.getElementById('runs');
                  body.innerHTML = JSON.parse(e.data);
                  body.querySelectorAll('input[name=run]').forEach(i => i.checked = checked.has(i.value));
                  times();
                });
                setInterval(times, 5000);
                """;
        return page("Runs in " + folder, "<form action=\"/compare\" method=\"get\"><table><thead><tr><th></th>"
                + "<th>run</th><th>model</th><th>data</th><th>status</th><th>epochs</th><th>last test numbers</th>"
                + "<th>last moved</th></tr></thead><tbody id=\"runs\">\n" + rows(runs, now) + "</tbody></table>"
                + "<p><button type=\"submit\">Overlay the checked runs</button></p></form>\n", script);
    }

    /** The index's rows; the last-moved cells in words at {@code now}, or empty when null (the page fills them). */
    static String rows(List<RunEntry> runs, Instant now) {
        StringBuilder rows = new StringBuilder();
        for (RunEntry run : runs) {
            String epochs = run.totalEpochs() > 0 ? run.epochs() + " of " + run.totalEpochs() : "";
            rows.append("<tr><td><input type=\"checkbox\" name=\"run\" value=\"").append(escape(run.path()))
                    .append("\"></td><td><a href=\"/run/").append(SafePaths.encode(run.path())).append("\">")
                    .append(escape(run.path())).append("</a></td><td>").append(escape(Words.model(run.model())))
                    .append("</td><td>").append(escape(Words.dataset(run.dataset()))).append("</td><td class=\"")
                    .append(run.status().word()).append("\">").append(run.status().word()).append("</td><td>")
                    .append(epochs).append("</td><td>").append(escape(lastNumbers(run.last())))
                    .append("</td><td class=\"moved\" data-moved=\"").append(run.moved().toEpochMilli()).append("\">")
                    .append(now == null ? "" : ago(Duration.between(run.moved(), now))).append("</td></tr>\n");
        }
        return rows.toString();
    }

    /** A run's live page: its curves and newest samples, redrawn at each event of {@code /events/PATH}. */
    static String run(String path) {
        String script = CHARTS + """
                const source = new EventSource('/events/' + encodeURI(PATH));
                source.addEventListener('state', e => {
                  const s = JSON.parse(e.data);
                  document.getElementById('title').textContent = s.title;
                  document.getElementById('status').textContent = s.status;
                  document.getElementById('epochs').textContent = s.epochs;
                  document.getElementById('total').textContent = s.totalEpochs;
                  document.getElementById('charts').innerHTML = s.curves.map(c => chart(c.title, c.axis,
                      Object.entries(c.series).map(([name, y]) => ({name: name, x: c.epochs, y: y})))).join('');
                  if (s.picture) { document.getElementById('picture').src = s.picture; }
                });
                """.replace("PATH", quoted(path));
        return page(path, "<p class=\"sub\"><span id=\"title\"></span>: <span id=\"status\"></span>, epoch "
                + "<span id=\"epochs\">0</span> of <span id=\"total\"></span> · <a href=\"/\">all runs</a>"
                + " · <a href=\"/file/" + SafePaths.encode(path) + "/report.html\">report</a></p>\n<div id=\"charts\"></div>\n"
                + "<h2>Newest samples</h2><img id=\"picture\" alt=\"the newest samples\">\n", script);
    }

    /** The curves of several runs overlaid, each chart's lines named by run, redrawn as any of them moves. */
    static String compare(List<String> paths) {
        StringBuilder sources = new StringBuilder("const runs = [");
        paths.forEach(p -> sources.append(quoted(p)).append(','));
        String script = CHARTS + sources + """
                ];
                const states = {};
                function draw() {
                  const charts = {};
                  runs.forEach(r => (states[r] ? states[r].curves : []).forEach(c => {
                    const key = c.title + (c.series.test ? ', test' : c.series.training ? ', training' : '');
                    const y = c.series.test || Object.values(c.series)[0];
                    (charts[key] = charts[key] || {axis: c.axis, lines: []}).lines.push({name: r, x: c.epochs, y: y});
                  }));
                  document.getElementById('charts').innerHTML = Object.entries(charts)
                      .map(([title, c]) => chart(title, c.axis, c.lines)).join('');
                  document.getElementById('moved').textContent = Object.values(states).reduce((n, s) => n + s.epochs, 0);
                }
                runs.forEach(r => new EventSource('/events/' + encodeURI(r)).addEventListener('state', e => {
                  states[r] = JSON.parse(e.data);
                  draw();
                }));
                """;
        return page("Runs overlaid", "<p class=\"sub\">" + paths.size() + " runs, <span id=\"moved\">0</span> epochs "
                + "in all · <a href=\"/\">all runs</a></p>\n<div id=\"charts\"></div>\n", script);
    }

    private static String page(String title, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + escape(title) + "</h1>\n" + body
                + (script.isEmpty() ? "" : "<script>\n" + script + "</script>\n") + "</body></html>\n";
    }

    // up to three test values in words: "discriminator loss 0.85 · D(x) on data 0.71"
    private static String lastNumbers(Map<String, Double> last) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Double> e : last.entrySet()) {
            if (shown < 3 && (e.getKey().startsWith("test_") || !e.getKey().startsWith("train_"))) {
                String name = e.getKey().startsWith("test_") ? e.getKey().substring(5) : e.getKey();
                s.append(shown++ == 0 ? "" : " · ").append(Words.quantity(name)).append(' ')
                        .append(Double.isFinite(e.getValue()) ? String.format(Locale.ROOT, "%.4g", e.getValue()) : "–");
            }
        }
        return s.toString();
    }

    private static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s < 90 ? s + " s ago" : s < 5400 ? s / 60 + " min ago" : s < 172_800 ? s / 3600 + " h ago"
                : s / 86_400 + " days ago";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // a JavaScript string literal of a run's path, inside an HTML script element
    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            s.append(Character.isLetterOrDigit(c) || "-_./ ".indexOf(c) >= 0 ? String.valueOf(c)
                    : String.format("\\u%04x", (int) c));
        }
        return s.append("'").toString();
    }
}
