package dev.sslform.plugin.provider;

/**
 * An attribute map that does not meet its schema reached a resource's model decoding: a bug (the
 * loader validates every configuration against the same schema first), never a user error. Names
 * the resource type, the attribute and the problem in the schema's own words.
 */
public final class InvalidModelException extends IllegalStateException {

    private final String attribute;
    private final String problem;

    public InvalidModelException(String type, String attribute, String problem) {
        super("internal error: " + type + " decoded an invalid \"" + attribute + "\": it " + problem
                + " (the configuration's validation should have refused it)");
        this.attribute = attribute;
        this.problem = problem;
    }

    /** The attribute (for a nested block, {@code block.attribute}). */
    public String attribute() {
        return attribute;
    }

    /** What is wrong, as the schema's constraint says it: "must be one of 0, 1; got 2". */
    public String problem() {
        return problem;
    }
}
