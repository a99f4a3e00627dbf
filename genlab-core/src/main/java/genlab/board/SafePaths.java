package genlab.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A request's path under the board's folder, or nothing: a name of {@code .} or {@code ..}, a
 * hidden name (a run's lock), a backslash or a NUL byte, a malformed percent escape, and any path
 * whose real location (symbolic links followed) is not under the folder give nothing.
 */
final class SafePaths {

    private final Path root;

    SafePaths(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /**
     * The existing file or folder that {@code raw} (a request path after its route's prefix, still
     * percent-encoded) names under the folder, or empty.
     */
    Optional<Path> resolve(String raw) {
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Path path = root;
        for (String name : decoded.get().split("/", -1)) {
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("..") || name.startsWith(".") || name.contains("\\") || name.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            path = path.resolve(name);
        }
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                return Optional.empty();
            }
            Path real = path.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code dir} relative to the folder, names joined by {@code /}. */
    String relative(Path dir) {
        return root.relativize(dir).toString().replace('\\', '/');
    }

    /** {@code path} for a URL: every byte but letters, digits, {@code -._~} and {@code /} percent-encoded. */
    static String encode(String path) {
        StringBuilder s = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                s.append(c);
            } else {
                s.append(String.format("%%%02X", b & 0xff));
            }
        }
        return s.toString();
    }

    // strict percent-decoding: every % starts two hex digits, and the bytes are UTF-8
    static Optional<String> decode(String raw) {
        byte[] out = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                out[n++] = (byte) (Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                return Optional.empty();
            }
        }
        String text = new String(out, 0, n, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') >= 0 ? Optional.empty() : Optional.of(text);
    }
}
