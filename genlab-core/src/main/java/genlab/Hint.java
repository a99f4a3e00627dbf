package genlab;

/**
 * What the user can change to get past an error, naming a setting: {@code words} holds {@code {}}
 * where the setting's name goes, so that the command line can name its flag instead
 * ({@code "or pass {} to write into it"}: {@code force} here, {@code --force} there).
 */
public record Hint(String setting, String words) {

    /** The words with {@code name} for the setting. */
    public String render(String name) {
        return words.replace("{}", name);
    }
}
