package dev.sslform.plugin.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Terraform's flags take one dash or two ({@code -input=false} and {@code --input=false}, as Go's
 * flag package parses them). sslform declares the single-dash name only, so its help reads as
 * Terraform's; this preprocessor, installed on every command of the tree, rewrites {@code --name}
 * and {@code --name=value} to the single-dash option of that command before picocli matches it.
 * Names picocli declares with two dashes ({@code --help}, {@code --version}) are left alone.
 */
final class DoubleDash implements CommandLine.IParameterPreprocessor {

    private DoubleDash() {
    }

    /** Installs the rewrite on {@code cl} and every subcommand below it. */
    static void install(CommandLine cl) {
        cl.getCommandSpec().preprocessor(new DoubleDash());
        cl.getSubcommands().values().forEach(DoubleDash::install);
    }

    /** {@code arg} as the single-dash option {@code spec} declares, or unchanged. */
    static String rewrite(String arg, CommandSpec spec) {
        if (!arg.startsWith("--") || arg.length() < 3 || arg.charAt(2) == '-') {
            return arg;
        }
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        if (spec.findOption(name) != null) {
            return arg;
        }
        return spec.findOption(name.substring(1)) != null ? arg.substring(1) : arg;
    }

    /**
     * Picocli calls this once per command, with every argument left (the next on top). Arguments
     * up to this command's subcommand or a {@code --} end-of-options marker belong to it.
     */
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
        for (int i = args.size() - 1; i >= 0; i--) {
            String a = args.get(i);
            if (a.equals("--") || spec.subcommands().containsKey(a)) {
                break;
            }
            args.set(i, rewrite(a, spec));
        }
        return false;
    }
}
