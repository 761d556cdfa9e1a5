package dev.sslform.plugin.cli;

/**
 * What {@link EngineCommand#confirm} asks "yes" to: the question, the lines under it saying what
 * "yes" does, the command's name in its messages ("Apply requires confirmation", "Apply
 * cancelled."), and how to go ahead without a terminal (the flag that answers for the user).
 */
record Confirmation(String question, String explanation, String what, String withoutTerminal) {

    /** plan's changes, asked by apply and destroy: -auto-approve answers for the user. */
    static Confirmation ofPlan(String question, String what) {
        return new Confirmation(question, "sslform will perform the actions described above.\nOnly 'yes' will be accepted to approve.", what,
                "sslform asks for \"yes\" before changing anything. To run without a terminal (CI), review the plan and pass -auto-approve.");
    }

    /** force-unlock's question, Terraform's words: -force answers for the user. */
    static Confirmation ofForceUnlock() {
        return new Confirmation("Do you really want to force-unlock?",
                "sslform will remove the lock on the remote state.\n"
                        + "This will allow local sslform commands to modify this state, even though it\n"
                        + "may still be in use. Only 'yes' will be accepted to confirm.",
                "Force-unlock",
                "sslform asks for \"yes\" before removing a lock. To run without a terminal (CI), make sure the "
                        + "lock's holder is gone and pass -force.");
    }

    /** {@code text} with every line indented by two spaces, as Terraform prints a prompt's description. */
    static String indented(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
