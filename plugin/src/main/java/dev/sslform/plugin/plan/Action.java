package dev.sslform.plugin.plan;

/** What a plan does to one resource instance, in Terraform's words. */
public enum Action {
    NO_OP(" ", "no-op"),
    CREATE("+", "create"),
    UPDATE("~", "update in-place"),
    DELETE("-", "destroy"),
    REPLACE("-/+", "destroy and then create replacement");

    private final String symbol;
    private final String description;

    Action(String symbol, String description) {
        this.symbol = symbol;
        this.description = description;
    }

    public String symbol() {
        return symbol;
    }

    public String description() {
        return description;
    }
}
